using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// What the lines between the headline and the body say: the photo caption, the authors, the "By …" line,
/// the read time and the publication date. Built by <see cref="Read"/>, one step of <see cref="ArticleParser"/>.
/// </summary>
/// <param name="BylineText">The "By …" line as written.</param>
/// <param name="Standfirst">The summary set in a block of its own above the caption (<see cref="StandfirstOf"/>).</param>
public sealed record SeedHeader(string? Caption, IReadOnlyList<string> Authors, string? BylineText, int? ReadTimeMinutes, DateOnly? Published, string? Standfirst = null)
{
    /// <summary>
    /// Header lines, in any order and each optional: a caption, an author line, a publication date,
    /// "·N min read" (which may carry the author or the date before its dot), "By …", the publisher's name.
    /// The author line is the one right before the read time, or one whose names the "By …" line repeats;
    /// it must read as names. What remains is the caption. A wire service named among the authors
    /// ("By Jane Doe, Reuters") stays in the byline but is not an author. <paramref name="firstBlock"/>: the
    /// lines of the block right under the headline, when more header lines stand under it
    /// (<see cref="SeedSections.FirstBlock"/>).
    /// </summary>
    public static SeedHeader Read(List<string> lines, string? agency, Range firstBlock = default)
    {
        string? byline = null;
        string? bylineRest = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!Byline.IsByline(lines[i])) continue;
            byline = lines[i];
            // A byline wrapped before its last name: "By Jane Doe" / "and John Roe".
            if (i + 1 < lines.Count && IsRestOfByline(lines[i + 1])) bylineRest = lines[i + 1];
            break;
        }
        var bylineLine = byline;
        if (bylineRest is not null) byline = $"{byline} {bylineRest}";
        var bylineNames = byline is null ? [] : Byline.Names(byline);
        int? minutes = null;
        DateOnly? published = null;
        string? authorLine = null;
        var others = new List<string>(lines.Count);
        var quotes = false;
        var videoEnd = -1; // a video's last line, after its label and title, as CNN's page copies them
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (ReferenceEquals(line, bylineLine) || ReferenceEquals(line, bylineRest)) continue;
            if (IsQuoteLine(line, ref quotes)) continue;
            // "Video Ad Feedback", the video's title, "01:45 - Source: CNN": none of it is the photo's caption.
            // Its length line may stand in the body, as chrome: then the title is the header's last line.
            if (SeedBody.IsVideoLabel(line))
                videoEnd = lines.FindIndex(i + 1, Math.Min(3, lines.Count - i - 1), l => SeedBody.IsVideoLength(l)) is var end and >= 0 ? end
                    : i + 2 == lines.Count ? i + 1 : -1;
            if (i <= videoEnd) continue;
            if (minutes is null && ReadTime.TryParse(line, out var m, out var before))
            {
                minutes = m;
                // Before the dot: an author, a date ("Tue, January 31, 2023 at 9:42 PM·2 min read"), or both.
                // A second date (the page's "updated", or one a tool's fields gave) is no author either.
                if (!before.IsEmpty && PublishedDate.TryParse(before, out var date)) { published ??= date; before = []; }
                else if (before.LastIndexOfAny(Byline.Separators) is var sep and > 0 && PublishedDate.TryParse(before[(sep + 1)..], out date))
                {
                    published ??= date;
                    before = before[..sep].Trim();
                }
                if (!before.IsEmpty) authorLine = before.ToString();
                // The line above a date and read time is the author line only when it is people's names:
                // "Traders on the floor" reads as names by their shape, but is a caption.
                else if (others.Count > 0 && IsAuthorLine(others[^1], bylineNames, requireShared: false)
                    && Byline.SplitNames(others[^1]).TrueForAll(name => Byline.IsPersonName(name)))
                {
                    authorLine = others[^1];
                    others.RemoveAt(others.Count - 1);
                }
            }
            // The first date is the article's; a second (a tool's "Date:" field, then the page's own line, or
            // "Updated …") says no more, and is no part of the caption either.
            else if (PublishedDate.TryParse(line, out var date))
            {
                published ??= date;
                // Names without "By" right above the date ("Justin McCurry in Tokyo", as The Guardian's page
                // copies): the author line, when no byline says otherwise and each is a person's name.
                if (byline is null && authorLine is null && others.Count > 0 && Byline.LooksLikeNames(others[^1])
                    && Byline.SplitNames(others[^1]) is { Count: > 0 } names && names.TrueForAll(name => Byline.IsPersonName(name) && name.Contains(' ')))
                {
                    authorLine = others[^1];
                    others.RemoveAt(others.Count - 1);
                }
            }
            // "Updated 3 hours ago": true only when the page was captured; a time under the date line says no more.
            else if (PublishedDate.IsRelative(line) || PublishedDate.IsTimeOnly(line)) continue;
            // The publisher's name on a line of its own ("Reuters" under a Yahoo headline) is not the caption,
            // nor is its address ("reuters.com", as reader views set it), nor a link or button the page put
            // under the photo ("Purchase Licensing Rights", "Share"), nor the section's name ("World"), nor
            // the reporter's e-mail address or handle.
            else if (Byline.IsAgency(line, agency) || IsDesk(line, agency) || SeedBody.IsPageChrome(line) || Masthead.IsSectionName(line)
                || Masthead.IsSiteAddress(line) || IsContact(line) || IsReportingFrom(line)) continue;
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
        // Some captures repeat the author line ("Sakura Murakami" twice above the read time), or the byline
        // (a saved page's author box "By Sakura Murakami" over its own "By Sakura Murakami"): a line of
        // nothing but names already read is not part of the caption.
        if (authors.Count > 0)
            others.RemoveAll(line => Byline.IsByline(line)
                ? Byline.Names(line) is { Count: > 0 } names && names.TrueForAll(name => IndexOf(authors, name, authors.Count) >= 0)
                : Byline.LooksLikeNames(line) && OnlyNamesIn(line, authors));
        var standfirst = StandfirstOf(lines, firstBlock, others);
        var caption = others.Count == 0 ? null : WithoutGalleryPosition(WithoutLicensingLink(Unbracketed(string.Join(' ', others)))) is { Length: > 0 } c ? c : null;
        for (var i = 0; i < authors.Count; i++) authors[i] = Byline.InNameCase(authors[i]);
        return new SeedHeader(caption, authors, byline, minutes, published, standfirst);
    }

    /// <summary>
    /// The standfirst (a dek: The Guardian's summary under the headline, Reuters's subheading), taken out of
    /// <paramref name="others"/>, the lines left for the caption; or null. A capture gives it no mark but its
    /// place: a block of its own right under the headline, a blank line between it and the caption under it.
    /// So it is one only when every line of that block is left for the caption, more lines are left after it
    /// (a caption of four words or more, not names nor just a credit: "REUTERS/Toby Melville" on a line under
    /// it closes the same caption), and it reads as a summary: six words or more, not closing with a
    /// photographer's credit.
    /// </summary>
    static string? StandfirstOf(List<string> lines, Range firstBlock, List<string> others)
    {
        var (start, count) = firstBlock.GetOffsetAndLength(lines.Count);
        if (count == 0 || others.Count <= count) return null;
        for (var i = 0; i < count; i++)
            if (!ReferenceEquals(others[i], lines[start + i])) return null;
        var text = count == 1 ? others[0] : string.Join(' ', others.Take(count));
        if (text.AsSpan().Count(' ') < 5 || PhotoCaption.From(text).Credit is not null) return null;
        var rest = string.Join(' ', others.Skip(count));
        if (rest.AsSpan().Count(' ') < 3 || Byline.LooksLikeNames(rest) || PhotoCaption.From($"{text} {rest}").Credit == rest) return null;
        others.RemoveRange(0, count);
        return text;
    }

    // "[Jens Stoltenberg speaks in Tokyo]": Pandoc's plain text sets a photo's caption in brackets; its
    // Markdown keeps the photo, "![Jens Stoltenberg speaks in Tokyo](https://…/photo.jpg)", the caption its
    // description. Nothing is fetched: the words are the caption.
    static string Unbracketed(string caption)
    {
        if (caption.Length < 3 || caption[^1] is not (']' or ')')) return caption;
        var text = caption.AsSpan();
        if (text[^1] == ')' && text.StartsWith("![") && text.IndexOf("](", StringComparison.Ordinal) is var middle and > 2
            && !text[(middle + 2)..^1].ContainsAny(' ', '\t'))
            text = text[1..(middle + 1)];
        return text[0] == '[' && text[^1] == ']' && text[1..^1].IndexOfAny('[', ']') < 0 && !text[1..^1].IsWhiteSpace() ? text[1..^1].Trim().ToString() : caption;
    }

    // "and John Roe", "& John Roe": the last name of a byline wrapped before it.
    static bool IsRestOfByline(ReadOnlySpan<char> line) =>
        (line.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("& ", StringComparison.Ordinal))
        && Byline.LooksLikeNames(line[(line.IndexOf(' ') + 1)..]);

    /// <summary>
    /// A line some pages set under the byline, telling more of it: the rest of a wrapped byline ("and John
    /// Roe"), the reporter's e-mail address or handle, or the publisher's desk ("BBC News, Tokyo").
    /// </summary>
    internal static bool IsBylineDetail(ReadOnlySpan<char> line) => IsRestOfByline(line) || IsContact(line) || IsDesk(line, null) || IsReportingFrom(line);

    // "Reporting from Tokyo", "Reporting from Kyiv, Ukraine": where the reporters filed from, as The New York
    // Times sets it under the byline. A place: at most five words, each capitalised.
    internal static bool IsReportingFrom(ReadOnlySpan<char> line)
    {
        if (line.Length is < 17 or > 80 || !line.StartsWith("Reporting from ", StringComparison.OrdinalIgnoreCase)) return false;
        var words = 0;
        foreach (var range in line[15..].SplitAny(" ,"))
            if (line[15..][range] is { IsEmpty: false } word && (++words > 5 || !char.IsUpper(word[0]) && word is not ("and" or "the"))) return false;
        return words > 0;
    }

    /// <summary>
    /// Yahoo Finance's "In this article:" and the quotes under it ("^N225", "-0.12%"): the page's, not the
    /// story's. Whether a header line is one of them; <paramref name="inQuotes"/> carries the block from one
    /// line to the next.
    /// </summary>
    internal static bool IsQuoteLine(ReadOnlySpan<char> line, ref bool inQuotes) =>
        inQuotes = IsQuotesHeading(line) || inQuotes && IsQuote(line);

    static bool IsQuotesHeading(ReadOnlySpan<char> line) =>
        line.Length is >= 15 and <= 16 && line.TrimEnd(':').Equals("In this article", StringComparison.OrdinalIgnoreCase);

    // A ticker ("^N225", "7203.T", "BRK-B", "EURUSD=X") or a price's change ("-0.12%", "+1.50 (+0.8%)"): one
    // word of capitals, digits and ".^=-", or a signed figure.
    static bool IsQuote(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.IsEmpty || t.Length > 24) return false;
        if (t[0] is '+' or '-' or '\u2212') return t[1..].IndexOfAnyExcept("0123456789.,%() +-\u2212") < 0 && t.ContainsAnyInRange('0', '9');
        return t.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.^=-") < 0 && t.ContainsAnyInRange('A', 'Z');
    }

    // "jane.doe@example.com", "@janedoe", "Twitter: @janedoe", "Email: jane.doe@example.com": how to reach
    // the reporter, as some pages set it under the byline. One word with an "@", perhaps after a label.
    static bool IsContact(ReadOnlySpan<char> line)
    {
        var at = line.IndexOf('@');
        if (at < 0 || line.Length > 80) return false;
        var word = line[(line[..at].LastIndexOf(' ') + 1)..];
        return word.IndexOf(' ') < 0 && (word.Length == line.Length || line[..^word.Length].TrimEnd().EndsWith(':'));
    }

    // "BBC News, Tokyo": the publisher and where it filed from, as the BBC puts it under the byline.
    static bool IsDesk(ReadOnlySpan<char> line, string? agency)
    {
        var comma = line.IndexOf(',');
        if (comma < 2 || line.Length > 60 || !Byline.IsAgency(line[..comma], agency)) return false;
        var place = line[(comma + 1)..].Trim();
        var words = 0;
        foreach (var range in place.Split(' '))
            if (place[range] is { IsEmpty: false } word && (++words > 3 || !char.IsUpper(word[0]))) return false;
        return words > 0;
    }

    static string WithoutLicensingLink(string caption) => SeedBody.WithoutLicensingLink(caption) is var bare && bare.Length < caption.Length ? bare.ToString() : caption;

    // "[1/5] NATO Secretary General…": where the photo stands in the page's gallery is no part of its caption.
    static string WithoutGalleryPosition(string caption)
    {
        if (caption.Length < 6 || caption[0] != '[') return caption;
        var close = caption.IndexOf(']');
        var slash = caption.IndexOf('/');
        return close > 2 && slash > 1 && slash < close - 1 && !caption.AsSpan(1, slash - 1).ContainsAnyExceptInRange('0', '9')
            && !caption.AsSpan(slash + 1, close - slash - 1).ContainsAnyExceptInRange('0', '9') && caption.AsSpan(close + 1).Trim() is { IsEmpty: false } rest
            ? rest.ToString()
            : caption;
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
}
