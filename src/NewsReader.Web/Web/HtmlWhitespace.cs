namespace NewsReader.Web.Web;

/// <summary>
/// Drops the indentation Razor leaves at the start of each line of a page: fewer bytes to send, the same
/// page (whitespace between tags still separates them). Pages holding &lt;pre&gt; or &lt;textarea&gt;, where
/// leading spaces matter, are left untouched.
/// </summary>
public static class HtmlWhitespace
{
    public static byte[] Strip(byte[] html)
    {
        var span = html.AsSpan();
        if (span.IndexOf("<pre"u8) >= 0 || span.IndexOf("<textarea"u8) >= 0) return html;
        var output = new byte[html.Length];
        var n = 0;
        var lineStart = true;
        foreach (var b in html)
        {
            if (lineStart && b is (byte)' ' or (byte)'\t') continue;
            if (b == (byte)'\r') continue;
            if (b == (byte)'\n')
            {
                if (lineStart) continue; // blank line
                lineStart = true;
                output[n++] = b;
                continue;
            }
            lineStart = false;
            output[n++] = b;
        }
        return output[..n];
    }
}
