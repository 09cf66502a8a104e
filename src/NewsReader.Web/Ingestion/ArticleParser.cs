using System.Buffers;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Seed bytes in, an <see cref="Article"/> or a rejection out. Pure: no file access, no logging, no exceptions
/// for bad input. The steps: decode, split into sections, read the header, the body, the teasers.
/// </summary>
public static class ArticleParser
{
    /// <param name="texts">Shared by the files of one scan, so equal teaser texts are held once.</param>
    /// <param name="standfirst">Whether a standfirst is read from the text's layout (<see cref="SeedHeader.Read"/>); not for a
    /// saved page, whose markup said where its standfirst is.</param>
    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null, bool standfirst = true)
    {
        // The text is decoded into a rented buffer: every value kept is copied out of it, so it goes back
        // to the pool when parsing ends and a scan allocates little more than the article itself.
        // The line list is the thread's own and reused likewise (the loader parses on several threads).
        if (!SeedText.TryDecodeRented(bytes, out var chars, out var length, out var error, out var readAs)) return ParseResult.Rejected(error!);
        var lines = t_lines ?? [];
        t_lines = null;
        try
        {
            return Parse(chars.AsMemory(0, length), lines, limits ?? ParseLimits.Default, texts, standfirst).WithNote(readAs);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            lines.Clear();
            if (lines.Capacity <= MaxKeptLines) t_lines = lines;
        }
    }

    /// <summary>
    /// Text another reader made of a file (a saved page, rich text, a Word document, Markdown without its
    /// layout) read as a capture: encoded again, so that it is decoded and normalised as a capture file is.
    /// With <paramref name="document"/> ("the HTML page"), text that is only whitespace is rejected as that
    /// document holding no text.
    /// </summary>
    public static ParseResult ParseText(string text, ParseLimits? limits, TextPool? texts = null, string? document = null, bool standfirst = true) =>
        document is not null && string.IsNullOrWhiteSpace(text)
            ? ParseResult.Rejected($"{document} holds no text")
            : Parse(System.Text.Encoding.UTF8.GetBytes(text), limits, texts, standfirst);

    [ThreadStatic] static List<ReadOnlyMemory<char>>? t_lines;
    const int MaxKeptLines = 4096;

    static ParseResult Parse(ReadOnlyMemory<char> text, List<ReadOnlyMemory<char>> lines, ParseLimits limits, TextPool? texts, bool standfirst)
    {
        if (text.Span.IsWhiteSpace()) return ParseResult.Rejected("the file is empty or holds only whitespace");

        SeedText.Lines(text, lines);
        SeedText.Unquote(lines);
        SeedText.DropLinkNumbers(lines);
        PrintedPage.DropFurniture(lines);
        if (SeedText.TooLongLine(lines, limits.MaxLineLength) is { } tooLong) return ParseResult.Rejected(tooLong);
        var sections = SeedSections.Split(lines);
        if (sections is null) return ParseResult.Rejected("the file is empty or holds only whitespace");

        var paragraphs = SeedBody.Paragraphs(sections.Body);
        SeedBody.DropSignOff(paragraphs);
        var credits = SeedBody.TakeCredits(paragraphs);
        if (paragraphs.Count == 0) return ParseResult.Rejected("the file has a headline but no body paragraphs");

        // The story's first paragraph, under any key points set over it, carries the dateline.
        var lede = Article.LedeIndex(paragraphs);
        paragraphs[lede] = SeedBody.WithoutBoldDateline(paragraphs[lede]);
        var dateline = Dateline.TryParse(paragraphs[lede]);
        var header = SeedHeader.Read(sections.Header, dateline?.Agency, standfirst ? sections.FirstBlock : default);
        var teasers = Teaser.ParseAll(sections.Recommended, texts, sections.Body);
        return ParseResult.Ok(new Article(
            Headline: sections.Headline,
            ImageCaption: header.Caption,
            Authors: header.Authors,
            Byline: header.BylineText,
            ReadTimeMinutes: header.ReadTimeMinutes,
            Dateline: dateline,
            Paragraphs: paragraphs,
            Credits: credits,
            // Copied only when over the limit: nearly every capture keeps all of its teasers as parsed.
            Recommended: teasers.Count > limits.MaxTeasers ? [.. teasers.Take(limits.MaxTeasers)] : teasers)
        {
            Published = header.Published,
            Url = sections.Url,
            Standfirst = header.Standfirst,
        });
    }

    /// <summary>
    /// The original page's address as both parsers keep it: an absolute http or https address, normalised,
    /// or null for anything else (the article page links it, so no other scheme may pass).
    /// </summary>
    internal static string? HttpAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

}
