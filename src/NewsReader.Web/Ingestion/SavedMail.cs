using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// An article that came by e-mail and was saved as the message (<c>.eml</c>: Apple Mail, Outlook,
/// Thunderbird), as a browser's "Mail this page" or a friend's forward sends one. MimeKit reads the
/// message and undoes its transfer encoding and character set; its HTML body is read as a saved page
/// (<see cref="HtmlArticleParser"/>), else its text body as a capture (<see cref="ArticleParser"/>).
/// </summary>
public static class SavedMail
{
    const string Document = "the e-mail message (.eml)";

    /// <summary>
    /// By its name (".eml"), or by how it opens: a block of mail headers naming a MIME version and a content
    /// type. A capture of a forwarded mail copied as text ("From: …", "Subject: …", then the story) has
    /// neither, and the capture rules read it.
    /// </summary>
    public static bool IsSavedMail(string name, ReadOnlySpan<byte> bytes) =>
        name.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || OpensWithMimeHeaders(bytes);

    // Read in place, line by line, as every capture of a scan is asked: most stop at their first line (a
    // headline is no "Name: value" header, or is followed by a blank line before any MIME header).
    static bool OpensWithMimeHeaders(ReadOnlySpan<byte> bytes)
    {
        bool version = false, type = false;
        bytes = bytes[..Math.Min(bytes.Length, 4096)];
        while (true)
        {
            var end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..end];
            // By index, not EndsWith: that generic code is not precompiled, and would run unoptimised through a scan.
            if (!line.IsEmpty && line[^1] == (byte)'\r') line = line[..^1];
            if (line.IsEmpty) return version && type; // the end of the headers
            if (line[0] is not ((byte)' ' or (byte)'\t')) // else a header folded onto the next line
            {
                var colon = line.IndexOf((byte)':');
                if (colon <= 0 || line[..colon].IndexOfAny((byte)' ', (byte)'\t') >= 0) return false; // not a header: text
                version |= IsHeader(line, "MIME-Version:"u8);
                type |= IsHeader(line, "Content-Type:"u8);
            }
            if (end < 0) return false;
            bytes = bytes[(end + 1)..];
        }

        static bool IsHeader(ReadOnlySpan<byte> line, ReadOnlySpan<byte> name) =>
            line.Length >= name.Length && System.Text.Ascii.EqualsIgnoreCase(line[..name.Length], name);
    }

    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null)
    {
        if (WebArchive.Load(bytes, Document, out var rejection) is not { } message) return rejection!;
        if (message.HtmlBody is { } html && !string.IsNullOrWhiteSpace(html))
            return HtmlArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes(html), limits, texts);
        return ArticleParser.ParseText(message.TextBody ?? "", limits, texts, Document);
    }
}
