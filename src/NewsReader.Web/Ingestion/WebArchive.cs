using MimeKit;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// A page a browser saved as one file ("Save as: Webpage, Single File"; Chrome's and Edge's <c>.mhtml</c>,
/// Internet Explorer's <c>.mht</c>): a MIME message whose HTML part is the page, its images and styles in
/// parts of their own. MimeKit reads the message and undoes the page's transfer encoding (quoted-printable,
/// base64); <see cref="HtmlArticleParser"/> reads the page as it reads any saved page, and the
/// address the browser saved it from is the original page's when the page names none.
/// </summary>
public static class WebArchive
{
    /// <summary>By its name (".mhtml", ".mht"), or by how it opens: the browser's "From: &lt;Saved by Blink&gt;", or a MIME header.</summary>
    public static bool IsWebArchive(string name, ReadOnlySpan<byte> bytes) =>
        name.EndsWith(".mhtml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".mht", StringComparison.OrdinalIgnoreCase)
        || bytes.StartsWith("From: <Saved by "u8)
        || bytes.StartsWith("MIME-Version: 1.0"u8) && bytes[..Math.Min(bytes.Length, 1024)].IndexOf("multipart/related"u8) >= 0;

    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null)
    {
        if (Load(bytes, "the saved web page (MHTML)", out var rejection) is not { } message) return rejection!;
        if (message.BodyParts.OfType<TextPart>().FirstOrDefault(part => part.IsHtml) is not { } page)
            return ParseResult.Rejected("the saved web page (MHTML) holds no HTML page");
        // The page's bytes as the browser had them, its transfer encoding undone: the HTML reader decodes
        // them as it decodes a saved page, its character set and all.
        using var html = new MemoryStream();
        page.Content?.DecodeTo(html);
        // Internet Explorer's .mht names the page's character set on its part, not always in the page.
        var result = HtmlArticleParser.Parse(html.GetBuffer().AsSpan(0, (int)html.Length), limits, texts, page.ContentType.Charset);
        return result.Article is { Url: null } article && ArticleParser.HttpAddress(message.Headers["Snapshot-Content-Location"] ?? page.ContentLocation?.ToString()) is { } address
            ? ParseResult.Ok(article with { Url = address })
            : result;
    }

    /// <summary>
    /// A MIME message (a saved page, a saved e-mail) as MimeKit reads it, or null and the rejection that says
    /// <paramref name="document"/> is not one.
    /// </summary>
    internal static MimeMessage? Load(ReadOnlySpan<byte> bytes, string document, out ParseResult? rejection)
    {
        rejection = null;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            return MimeMessage.Load(stream);
        }
        catch (FormatException e)
        {
            rejection = ParseResult.Rejected($"{document} is not a readable MIME message: {e.Message}");
            return null;
        }
    }
}
