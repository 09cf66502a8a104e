namespace NewsReader.Web.Web;

/// <summary>
/// Drops the indentation Razor leaves at the start of each line of a page: fewer bytes to send, the same
/// page (whitespace between tags still separates them). Blank lines and carriage returns go too. Pages
/// holding &lt;pre&gt; or &lt;textarea&gt;, where leading spaces matter, are left untouched.
/// </summary>
public static class HtmlWhitespace
{
    public static byte[] Strip(byte[] html)
    {
        var rest = html.AsSpan();
        if (rest.IndexOf("<pre"u8) >= 0 || rest.IndexOf("<textarea"u8) >= 0) return html;
        var output = new byte[html.Length];
        var n = 0;
        // Line by line, each step a vectorised search: a page is rendered for every new search.
        while (true)
        {
            var text = rest.IndexOfAnyExcept(" \t\r\n"u8); // the indentation, and any blank lines before it
            if (text < 0) break;
            rest = rest[text..];
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..(newline + 1)];
            rest = rest[line.Length..];
            for (var cr = line.IndexOf((byte)'\r'); cr >= 0; cr = line.IndexOf((byte)'\r'))
            {
                line[..cr].CopyTo(output.AsSpan(n));
                n += cr;
                line = line[(cr + 1)..];
            }
            line.CopyTo(output.AsSpan(n));
            n += line.Length;
        }
        return output[..n];
    }
}
