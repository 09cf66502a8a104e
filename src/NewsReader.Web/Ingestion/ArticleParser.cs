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
    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null)
    {
        // The text is decoded into a rented buffer: every value kept is copied out of it, so it goes back
        // to the pool when parsing ends and a scan allocates little more than the article itself.
        // The line list is the thread's own and reused likewise (the loader parses on several threads).
        if (!SeedText.TryDecodeRented(bytes, out var chars, out var length, out var error)) return ParseResult.Rejected(error!);
        var lines = t_lines ?? [];
        t_lines = null;
        try
        {
            return Parse(chars.AsMemory(0, length), lines, limits ?? ParseLimits.Default, texts);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            lines.Clear();
            if (lines.Capacity <= MaxKeptLines) t_lines = lines;
        }
    }

    [ThreadStatic] static List<ReadOnlyMemory<char>>? t_lines;
    const int MaxKeptLines = 4096;

    static ParseResult Parse(ReadOnlyMemory<char> text, List<ReadOnlyMemory<char>> lines, ParseLimits limits, TextPool? texts)
    {
        if (text.Span.IsWhiteSpace()) return ParseResult.Rejected("the file is empty or holds only whitespace");

        SeedText.Lines(text, lines);
        if (SeedText.TooLongLine(lines, limits.MaxLineLength) is { } tooLong) return ParseResult.Rejected(tooLong);
        var sections = SeedSections.Split(lines);
        if (sections is null) return ParseResult.Rejected("the file is empty or holds only whitespace");

        var paragraphs = Paragraphs(sections.Body);
        var credits = TakeCredits(paragraphs);
        if (paragraphs.Count == 0) return ParseResult.Rejected("the file has a headline but no body paragraphs");

        var dateline = Dateline.TryParse(paragraphs[0]);
        var header = ReadHeader(sections.Header, dateline?.Agency);
        var teasers = Teaser.ParseAll(sections.Recommended, texts);
        return ParseResult.Ok(new Article(
            Headline: sections.Headline,
            ImageCaption: header.Caption,
            Authors: header.Authors,
            Byline: header.Byline,
            ReadTimeMinutes: header.ReadTimeMinutes,
            Dateline: dateline,
            Paragraphs: paragraphs,
            Credits: credits,
            // Copied only when over the limit: nearly every capture keeps all of its teasers as parsed.
            Recommended: teasers.Count > limits.MaxTeasers ? [.. teasers.Take(limits.MaxTeasers)] : teasers)
        {
            Published = header.Published,
            Url = sections.Url,
        });
    }

    /// <summary>
    /// The original page's address as both parsers keep it: an absolute http or https address, normalised,
    /// or null for anything else (the article page links it, so no other scheme may pass).
    /// </summary>
    internal static string? HttpAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    sealed record Header(string? Caption, IReadOnlyList<string> Authors, string? Byline, int? ReadTimeMinutes, DateOnly? Published);

    /// <summary>
    /// Header lines, in any order and each optional: a caption, an author line, a publication date,
    /// "·N min read" (which may carry the author or the date before its dot), "By …", the publisher's name.
    /// The author line is the one right before the read time, or one whose names the "By …" line repeats;
    /// it must read as names. What remains is the caption. A wire service named among the authors
    /// ("By Jane Doe, Reuters") stays in the byline but is not an author.
    /// </summary>
    static Header ReadHeader(List<string> lines, string? agency)
    {
        string? byline = null;
        foreach (var line in lines)
            if (Byline.IsByline(line)) { byline = line; break; }
        var bylineNames = byline is null ? [] : Byline.Names(byline);
        int? minutes = null;
        DateOnly? published = null;
        string? authorLine = null;
        var others = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (ReferenceEquals(line, byline)) continue;
            if (minutes is null && ReadTime.TryParse(line, out var m, out var before))
            {
                minutes = m;
                // Before the dot: an author, a date ("Tue, January 31, 2023 at 9:42 PM·2 min read"), or both.
                if (!before.IsEmpty && published is null && PublishedDate.TryParse(before, out var date)) { published = date; before = []; }
                else if (before.LastIndexOfAny("·•|") is var sep and > 0 && published is null && PublishedDate.TryParse(before[(sep + 1)..], out date))
                {
                    published = date;
                    before = before[..sep].Trim();
                }
                if (!before.IsEmpty) authorLine = before.ToString();
                else if (others.Count > 0 && IsAuthorLine(others[^1], bylineNames, requireShared: false))
                {
                    authorLine = others[^1];
                    others.RemoveAt(others.Count - 1);
                }
            }
            else if (published is null && PublishedDate.TryParse(line, out var date)) published = date;
            // "Updated 3 hours ago": true only when the page was captured.
            else if (PublishedDate.IsRelative(line)) continue;
            // The publisher's name on a line of its own ("Reuters" under a Yahoo headline) is not the caption.
            else if (Byline.IsAgency(line, agency)) continue;
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

        // "By Jane Doe · February 1, 2023": the byline may carry the date after its names.
        if (published is null && byline is not null && byline.AsSpan().IndexOfAny(Byline.Separators) is var dateAt and > 0
            && PublishedDate.TryParse(byline.AsSpan(dateAt + 1), out var bylineDate))
            published = bylineDate;

        // The author line's names, then the byline's, each name once (the first spelling wins).
        var authors = authorLine is null ? [] : Byline.SplitNames(authorLine);
        for (var i = authors.Count - 1; i > 0; i--)
            if (IndexOf(authors, authors[i], i) >= 0) authors.RemoveAt(i);
        foreach (var name in bylineNames)
            if (IndexOf(authors, name, authors.Count) < 0) authors.Add(name);
        authors.RemoveAll(name => Byline.IsAgency(name, agency) || !Byline.IsPersonName(name));
        // Some captures repeat the author line ("Sakura Murakami" twice above the read time): a line of
        // nothing but names already read is not part of the caption.
        if (authors.Count > 0) others.RemoveAll(line => Byline.LooksLikeNames(line) && OnlyNamesIn(line, authors));
        var caption = others.Count == 0 ? null : string.Join(' ', others);
        return new Header(caption, authors, byline, minutes, published);
    }

    static int IndexOf(List<string> names, ReadOnlySpan<char> name, int before)
    {
        for (var i = 0; i < before; i++)
            if (name.Equals(names[i], StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    static bool OnlyNamesIn(string line, List<string> names)
    {
        foreach (var name in Byline.EnumerateNames(line))
            if (IndexOf(names, name, names.Count) < 0) return false;
        return true;
    }

    // An author line reads as names and, when there is a "By …" line, shares a name with it.
    static bool IsAuthorLine(string line, List<string> bylineNames, bool requireShared)
    {
        if (!Byline.LooksLikeNames(line)) return false;
        if (bylineNames.Count == 0) return !requireShared;
        foreach (var name in Byline.EnumerateNames(line))
            if (IndexOf(bylineNames, name, bylineNames.Count) >= 0) return true;
        return false;
    }

    /// <summary>
    /// Body paragraphs are blocks separated by blank lines. Inside a block, a line that ends a sentence
    /// ends its paragraph (one paragraph per line, as some tools write), a bulleted line starts one (a
    /// list item, which keeps its bullet); any other line break is a hard wrap and the lines are joined
    /// with a space. In a body wrapped at a fixed width (plain-text exports, Pandoc, Lynx, e-mail: see
    /// <see cref="WrapWidth"/>) a sentence can end at the wrap too, so there a sentence's end is a
    /// paragraph's end only when the next line's first word would have fit.
    /// </summary>
    static List<string> Paragraphs(ReadOnlySpan<ReadOnlyMemory<char>> body)
    {
        // Kept by the article as it is: sized for blank-line-separated paragraphs, the common layout.
        var paragraphs = new List<string>((body.Length + 1) / 2);
        // A paragraph is a run of non-blank lines: body[start..i].
        var start = 0;
        int? width = null; // worked out only when a sentence ends right above another line
        for (var i = 0; i < body.Length; i++)
        {
            var line = body[i].Span.Trim();
            if (line.Length == 0 || IsPageChrome(line))
            {
                if (i > start) paragraphs.Add(Join(body[start..i]));
                start = i + 1;
            }
            else
            {
                // A bulleted line ("• NATO wants closer ties") is a list item: it starts a paragraph of its own.
                if (i > start && TextRules.StartsWithGlyphBullet(line))
                {
                    paragraphs.Add(Join(body[start..i]));
                    start = i;
                }
                // Lines are trimmed at their end, so a blank one is empty: the common layout leaves on that.
                if (EndsSentence(line) && (i + 1 == body.Length || body[i + 1].Length == 0 || !IsWrapAfter(body, i, line, ref width)))
                {
                    paragraphs.Add(Join(body[start..(i + 1)]));
                    start = i + 1;
                }
            }
        }
        if (body.Length > start) paragraphs.Add(Join(body[start..]));
        return paragraphs;
    }

    // Whether the break after body[i] (a line ending a sentence) is the wrap of a fixed-width body: the
    // next line is text, and its first word would have taken the line past the body's wrap width.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsWrapAfter(ReadOnlySpan<ReadOnlyMemory<char>> body, int i, ReadOnlySpan<char> line, ref int? width)
    {
        var next = body[i + 1].Span.Trim();
        if (next.IsEmpty || IsPageChrome(next) || TextRules.StartsWithGlyphBullet(next)) return false;
        width ??= WrapWidth(body);
        if (width == 0) return false;
        var word = next.IndexOf(' ');
        return line.Length + 1 + (word < 0 ? next.Length : word) > width;
    }

    /// <summary>
    /// The width a body was wrapped at (its longest line), or 0 when it reads as not wrapped: lines over
    /// 100 characters, or fewer than two breaks inside a sentence (a body written one paragraph a line has none).
    /// </summary>
    static int WrapWidth(ReadOnlySpan<ReadOnlyMemory<char>> body)
    {
        const int MaxWrapWidth = 100;
        var longest = 0;
        var breaksInSentences = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var line = body[i].Span.Trim();
            if (line.Length > MaxWrapWidth) return 0;
            longest = Math.Max(longest, line.Length);
            if (line.Length > 0 && !EndsSentence(line) && i + 1 < body.Length && !body[i + 1].IsBlank()) breaksInSentences++;
        }
        return breaksInSentences >= 2 ? longest : 0;
    }

    /// <summary>Trimmed lines joined with single spaces, copied once.</summary>
    internal static string Join(ReadOnlySpan<ReadOnlyMemory<char>> lines)
    {
        if (lines.Length == 1) return lines[0].TrimmedString();
        var length = lines.Length - 1;
        foreach (var l in lines) length += l.Span.Trim().Length;
        return string.Create(length, lines, static (destination, lines) =>
        {
            var at = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0) destination[at++] = ' ';
                var part = lines[i].Span.Trim();
                part.CopyTo(destination[at..]);
                at += part.Length;
            }
        });
    }

    /// <summary>
    /// A line the news page put between paragraphs, not part of the story: Yahoo's "Story continues" fold,
    /// an "Advertisement" slot, "Continue reading", "View comments", the share buttons' "Share", "Copy
    /// link", "Save" and "Print", a newsletter's "Sign up here.", and the line under every Reuters.com
    /// story, "Our Standards: The Thomson Reuters Trust Principles." It ends a paragraph like a blank line.
    /// </summary>
    static bool IsPageChrome(ReadOnlySpan<char> line) => line.Length switch
    {
        // By length first: nearly every body line leaves on it without a compare.
        4 => line.Equals("Save", StringComparison.OrdinalIgnoreCase),
        5 => line.Equals("Share", StringComparison.OrdinalIgnoreCase) || line.Equals("Print", StringComparison.OrdinalIgnoreCase),
        9 => line.Equals("Copy link", StringComparison.OrdinalIgnoreCase),
        13 => line.Equals("Advertisement", StringComparison.OrdinalIgnoreCase) || line.Equals("View comments", StringComparison.OrdinalIgnoreCase)
            || line.Equals("Sign up here.", StringComparison.OrdinalIgnoreCase),
        18 => line.Equals("Share this article", StringComparison.OrdinalIgnoreCase),
        15 => line.Equals("Story continues", StringComparison.OrdinalIgnoreCase),
        16 => line.Equals("Continue reading", StringComparison.OrdinalIgnoreCase),
        >= 51 and <= 60 => (line[0] | 0x20) == 'o' && line.StartsWith("Our Standards: The Thomson Reuters Trust Principles", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    static bool EndsSentence(ReadOnlySpan<char> line) =>
        line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')' or '…' or ':';

    /// <summary>
    /// The credits line closes the body in parentheses (or, from some tools, square brackets) and names
    /// roles: "(Reporting by A. Editing by B)", "(Writing by A; Editing by B)", "[Reporting by A]". It is
    /// removed from the paragraphs and returned without its brackets.
    /// </summary>
    static string? TakeCredits(List<string> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - 2); i--)
        {
            var p = paragraphs[i];
            if (p.Length > 2 && (p[0], p[^1]) is ('(', ')') or ('[', ']') && p.Contains("by ", StringComparison.OrdinalIgnoreCase))
            {
                paragraphs.RemoveAt(i);
                return p.AsSpan(1, p.Length - 2).Trim().ToString();
            }
            if (UnbracketedCredits(p) is { } credits)
            {
                paragraphs.RemoveAt(i);
                return credits;
            }
        }
        return null;
    }

    // Some sites print the credits without brackets, or after a dash: "Reporting by A; Editing by B",
    // "— Reporting by A". Only a short paragraph that opens with a role and then names a person:
    // "Reporting by the BBC showed…" is prose.
    static string? UnbracketedCredits(string paragraph)
    {
        // Every opening starts with one of these letters, or a dash comes first: most paragraphs leave here.
        if (paragraph.Length == 0 || (paragraph[0] | 0x20) is not ('r' or 'a' or 'w' or 'e' or 'c') && !TextRules.IsDash(paragraph[0])) return null;
        var text = paragraph.AsSpan().TrimStart("-–—― ").TrimEnd();
        if (text.Length > 300) return null;
        foreach (var opening in (ReadOnlySpan<string>)["Reporting by ", "Additional reporting by ", "Reporting and writing by ", "Writing by ", "Editing by ", "Compiled by "])
        {
            if (!text.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) continue;
            var names = text[opening.Length..];
            var end = names.IndexOfAny(".;");
            return Byline.LooksLikeNames(end < 0 ? names : names[..end]) ? text.TrimEnd('.').ToString() : null;
        }
        return null;
    }
}
