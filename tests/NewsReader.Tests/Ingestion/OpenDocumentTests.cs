using System.IO.Compression;
using System.Text;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>OpenDocument texts (.odt) read as the text a reader sees: <see cref="OpenDocument"/>.</summary>
public class OpenDocumentTests
{
    const string Namespaces =
        """xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" """ +
        """xmlns:dc="http://purl.org/dc/elements/1.1/" """;

    static string Content(string body) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><office:document-content {Namespaces}><office:body><office:text>{body}</office:text></office:body></office:document-content>""";

    static byte[] Odt(string? content, string mimetype = "application/vnd.oasis.opendocument.text")
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in new[] { ("mimetype", mimetype), ("content.xml", content) })
            {
                if (text is null) continue;
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }

    static string Text(string body) => OpenDocument.ToText(new MemoryStream(Encoding.UTF8.GetBytes(Content(body))));

    [Fact]
    public void ParagraphsAndHeadingsAreLinesWithBlankLinesBetween() =>
        Assert.Equal("Markets rally\n\nLONDON (AFP) — Stocks rose.\n\n",
            Text("""<text:h text:outline-level="1">Markets rally</text:h><text:p text:style-name="Text_20_body">LONDON (AFP) — <text:span>Stocks</text:span> rose.</text:p>"""));

    [Fact]
    public void WhiteSpaceIsAsTheFormatSetsIt() =>
        // Runs of white space in the XML are one space; text:s, text:tab and text:line-break are what they say.
        Assert.Equal("By Jane   Doe\tand\nJohn Roe\n\n",
            Text("<text:p>By  Jane<text:s text:c=\"3\"/>Doe<text:tab/>and<text:line-break/>John\n   Roe</text:p>"));

    [Fact]
    public void AListItemsFirstBlockHasABulletAndTheRestFollowsIt() =>
        // As Pandoc writes a teaser: its title as the item's heading, its summary as the item's paragraph.
        Assert.Equal("Recommended Stories\n\n• Oil slips\nPrices fell.\n• Bonds steady\n\nAfter.\n\n",
            Text("""
                <text:h>Recommended Stories</text:h>
                <text:list>
                  <text:list-item><text:h>Oil slips</text:h><text:p>Prices fell.</text:p></text:list-item>
                  <text:list-item><text:p>Bonds steady</text:p></text:list-item>
                </text:list>
                <text:p>After.</text:p>
                """));

    [Fact]
    public void FootnotesCommentsAndDeletedTextAreLeftOut() =>
        Assert.Equal("Stocks rose sharply.\n\n",
            Text("""
                <text:tracked-changes><text:changed-region><text:deletion><text:p>Stocks fell.</text:p></text:deletion></text:changed-region></text:tracked-changes>
                <text:p>Stocks rose<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Source: AFP.</text:p></text:note-body></text:note> sharply<office:annotation><dc:creator>Ed</dc:creator><text:p>Check this</text:p></office:annotation>.</text:p>
                """));

    [Theory]
    [InlineData("application/vnd.oasis.opendocument.spreadsheet", "not text: a ZIP archive without a Word document or an OpenDocument text in it")]
    [InlineData("application/vnd.oasis.opendocument.text", "the OpenDocument text (.odt) holds no text")]
    public void AnotherOpenDocumentOrOneWithoutTextIsRejectedSayingSo(string mimetype, string reason) =>
        Assert.StartsWith(reason, WordDocument.Parse(Odt(Content("<text:p> </text:p>"), mimetype)).Reason);

    [Theory]
    [InlineData(null, "the OpenDocument text (.odt) has no content (content.xml)")]
    [InlineData("<office:document-content", "the OpenDocument text (.odt) could not be read")]
    // A document type definition could declare entities that expand into gigabytes: refused, not read.
    [InlineData("""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>""", "the OpenDocument text (.odt) could not be read")]
    public void ABrokenOpenDocumentIsRejectedSayingSo(string? content, string reason) =>
        Assert.StartsWith(reason, WordDocument.Parse(Odt(content)).Reason);
}
