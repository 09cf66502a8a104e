namespace NewsReader.Web.Web;

/// <summary>
/// Drops the indentation Razor leaves at the start of each line of a page: fewer bytes to send, the same
/// page (whitespace between tags still separates them). Blank lines and carriage returns go too. Pages
/// holding &lt;pre&gt; or &lt;textarea&gt;, where leading spaces matter, are left untouched.
/// </summary>
public static class HtmlWhitespace
{
    /// <summary>
    /// Strips <paramref name="html"/> in place, moving what is kept to its front (nothing is added, so the
    /// writing never overtakes the reading), and returns how many bytes are kept.
    /// </summary>
    public static int Strip(Span<byte> html)
    {
        if (html.IndexOf("<pre"u8) >= 0 || html.IndexOf("<textarea"u8) >= 0) return html.Length;
        var (read, written) = (0, 0);
        // Line by line, each step a vectorised search: a page is rendered for every new search.
        while (true)
        {
            var text = html[read..].IndexOfAnyExcept(" \t\r\n"u8); // the indentation, and any blank lines before it
            if (text < 0) break;
            read += text;
            var newline = html[read..].IndexOf((byte)'\n');
            var line = newline < 0 ? html[read..] : html.Slice(read, newline + 1);
            read += line.Length;
            for (var cr = line.IndexOf((byte)'\r'); cr >= 0; cr = line.IndexOf((byte)'\r'))
            {
                line[..cr].CopyTo(html[written..]); // overlapping copies move like memmove
                written += cr;
                line = line[(cr + 1)..];
            }
            line.CopyTo(html[written..]);
            written += line.Length;
        }
        return written;
    }
}
