using System.Text;
using NewsReader.Web.Web;

namespace NewsReader.Tests.Web;

public class HtmlWhitespaceTests
{
    static string Strip(string html) => Encoding.UTF8.GetString(Stripped(Encoding.UTF8.GetBytes(html)));

    static byte[] Stripped(byte[] html)
    {
        var copy = html.ToArray();
        return copy[..HtmlWhitespace.Strip(copy)];
    }

    [Theory]
    [InlineData("<ol>\n    <li>One</li>\n    <li>Two</li>\n</ol>\n", "<ol>\n<li>One</li>\n<li>Two</li>\n</ol>\n")]
    [InlineData("\n\n  \t\n<p>a</p>\n\n\n    \n<p>b</p>", "<p>a</p>\n<p>b</p>")]
    [InlineData("<p>\r\n  Kyiv’s  words\r\n</p>\r\n", "<p>\nKyiv’s  words\n</p>\n")]
    [InlineData("<p>a\rb</p>   \n", "<p>ab</p>   \n")]
    [InlineData("   \t \r\n  ", "")]
    [InlineData("", "")]
    public void IndentationBlankLinesAndCarriageReturnsGoAndTheRestStays(string html, string expected) =>
        Assert.Equal(expected, Strip(html));

    [Theory]
    [InlineData("<pre>\n    code\n</pre>")]
    [InlineData("<form>\n  <textarea>\n  kept\n</textarea>\n</form>")]
    public void PagesWhereLeadingSpacesMatterAreLeftAlone(string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        var copy = bytes.ToArray();
        Assert.Equal(bytes.Length, HtmlWhitespace.Strip(copy));
        Assert.Equal(bytes, copy);
    }

    [Fact]
    public void AnyInputGivesWhatTheByteByByteRuleGives()
    {
        // The rule, one byte at a time: at a line's start spaces, tabs and newlines are skipped; a carriage
        // return is skipped anywhere; everything else is kept. The implementation reads lines in larger steps.
        static byte[] Rule(byte[] html)
        {
            var output = new List<byte>();
            var lineStart = true;
            foreach (var b in html)
            {
                if (b == '\r' || (lineStart && b is (byte)' ' or (byte)'\t' or (byte)'\n')) continue;
                output.Add(b);
                lineStart = b == '\n';
            }
            return [.. output];
        }

        var random = new Random(20261130);
        byte[] alphabet = [(byte)' ', (byte)' ', (byte)'\t', (byte)'\r', (byte)'\n', (byte)'\n', (byte)'a', (byte)'<', (byte)'>', 0xC3, 0xA9];
        for (var i = 0; i < 5000; i++)
        {
            var html = new byte[random.Next(0, 80)];
            for (var j = 0; j < html.Length; j++) html[j] = alphabet[random.Next(alphabet.Length)];
            Assert.Equal(Rule(html), Stripped(html));
        }
    }
}
