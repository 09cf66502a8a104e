using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Seed bytes in, an <see cref="Article"/> or a rejection out. Pure: no file access, no logging, no exceptions
/// for bad input. The steps: decode, split into sections, read the header, the body, the teasers.
/// </summary>
public static class ArticleParser
{
    /// <param name="texts">Shared by the files of one scan, so equal teaser texts are held once.</param>
    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null)
    {
        limits ??= ParseLimits.Default;
        var text = SeedText.Decode(bytes, out var error);
        if (text is null) return ParseResult.Rejected(error!);
        if (string.IsNullOrWhiteSpace(text)) return ParseResult.Rejected("the file is empty or holds only whitespace");

        var lines = SeedText.Lines(text);
        if (SeedText.TooLongLine(lines, limits.MaxLineLength) is { } tooLong) return ParseResult.Rejected(tooLong);
        var sections = SeedSections.Split(lines);
        if (sections is null) return ParseResult.Rejected("the file is empty or holds only whitespace");

        var paragraphs = Paragraphs(sections.Body);
        var credits = TakeCredits(paragraphs);
        if (paragraphs.Count == 0) return ParseResult.Rejected("the file has a headline but no body paragraphs");

        var header = ReadHeader(sections.Header);
        var teasers = Teaser.ParseAll(sections.Recommended, texts);
        return ParseResult.Ok(new Article(
            Headline: sections.Headline,
            ImageCaption: header.Caption,
            Authors: header.Authors,
            Byline: header.Byline,
            ReadTimeMinutes: header.ReadTimeMinutes,
            Dateline: Dateline.TryParse(paragraphs[0]),
            Paragraphs: paragraphs,
            Credits: credits,
            // Copied only when over the limit: nearly every capture keeps all of its teasers as parsed.
            Recommended: teasers.Count > limits.MaxTeasers ? [.. teasers.Take(limits.MaxTeasers)] : teasers));
    }

    sealed record Header(string? Caption, IReadOnlyList<string> Authors, string? Byline, int? ReadTimeMinutes);

    /// <summary>
    /// Header lines, in any order and each optional: a caption, an author line, "·N min read", "By …".
    /// The author line is the one right before the read time, or one whose names the "By …" line repeats;
    /// it must read as names. What remains is the caption.
    /// </summary>
    static Header ReadHeader(IReadOnlyList<string> lines)
    {
        var byline = lines.FirstOrDefault(Byline.IsByline);
        var bylineNames = byline is null ? [] : Byline.Names(byline);
        int? minutes = null;
        string? authorLine = null;
        var others = new List<string>();
        foreach (var line in lines)
        {
            if (ReferenceEquals(line, byline)) continue;
            if (minutes is null && ReadTime.TryParse(line, out var m, out var before))
            {
                minutes = m;
                if (before is not null) authorLine = before;
                else if (others.Count > 0 && IsAuthorLine(others[^1], bylineNames, requireShared: false))
                {
                    authorLine = others[^1];
                    others.RemoveAt(others.Count - 1);
                }
            }
            else others.Add(line);
        }
        if (authorLine is null)
        {
            var match = others.FindIndex(l => IsAuthorLine(l, bylineNames, requireShared: true));
            if (match >= 0)
            {
                authorLine = others[match];
                others.RemoveAt(match);
            }
        }

        var authors = (authorLine is null ? [] : Byline.SplitNames(authorLine))
            .Concat(bylineNames)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        var caption = others.Count == 0 ? null : string.Join(' ', others);
        return new Header(caption, authors, byline, minutes);
    }

    // An author line reads as names and, when there is a "By …" line, shares a name with it.
    static bool IsAuthorLine(string line, IReadOnlyList<string> bylineNames, bool requireShared) =>
        Byline.LooksLikeNames(line)
        && (bylineNames.Count == 0 ? !requireShared : Byline.SplitNames(line).Any(n => bylineNames.Contains(n, StringComparer.OrdinalIgnoreCase)));

    /// <summary>
    /// Body paragraphs are blocks separated by blank lines. Inside a block, a line that ends a sentence
    /// ends its paragraph (one paragraph per line, as some tools write); any other line break is a hard
    /// wrap and the lines are joined with a space.
    /// </summary>
    static List<string> Paragraphs(List<ReadOnlyMemory<char>> body)
    {
        var paragraphs = new List<string>();
        var current = new List<ReadOnlyMemory<char>>();
        foreach (var raw in body)
        {
            var line = raw.Span.Trim();
            if (line.Length == 0) { Flush(); continue; }
            current.Add(raw);
            if (EndsSentence(line)) Flush();
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0) paragraphs.Add(Join(current));
            current.Clear();
        }
    }

    /// <summary>Trimmed lines joined with single spaces, copied once.</summary>
    internal static string Join(List<ReadOnlyMemory<char>> lines)
    {
        if (lines.Count == 1) return lines[0].TrimmedString();
        var length = lines.Count - 1;
        foreach (var l in lines) length += l.Span.Trim().Length;
        return string.Create(length, lines, static (destination, lines) =>
        {
            var at = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (i > 0) destination[at++] = ' ';
                var part = lines[i].Span.Trim();
                part.CopyTo(destination[at..]);
                at += part.Length;
            }
        });
    }

    static bool EndsSentence(ReadOnlySpan<char> line) =>
        line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')' or '…' or ':';

    /// <summary>
    /// The credits line closes the body in parentheses and names roles: "(Reporting by A. Editing by B)",
    /// "(Writing by A; Editing by B)". It is removed from the paragraphs and returned without its parentheses.
    /// </summary>
    static string? TakeCredits(List<string> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - 2); i--)
        {
            var p = paragraphs[i];
            if (p.Length > 2 && p[0] == '(' && p[^1] == ')' && p.Contains("by ", StringComparison.OrdinalIgnoreCase))
            {
                paragraphs.RemoveAt(i);
                return p[1..^1].Trim();
            }
        }
        return null;
    }
}
