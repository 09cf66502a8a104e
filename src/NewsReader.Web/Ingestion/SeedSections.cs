using System.Collections.Frozen;
using System.Runtime.InteropServices;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The four parts of a capture: the headline, the header lines under it (caption, author, read time,
/// "By …"), the body lines, and the lines after "Recommended Stories". Body and teaser lines stay slices
/// of the decoded text, and ranges of its line list; only the few header lines become strings here.
/// </summary>
public sealed class SeedSections
{
    // How far below the headline the header may reach before we call it body.
    const int MaxHeaderLines = 8;
    const int MaxHeaderLineLength = 300;

    readonly List<ReadOnlyMemory<char>> _lines;
    readonly Range _body;
    readonly Range _recommended;

    SeedSections(string headline, List<string> header, Range firstBlock, List<ReadOnlyMemory<char>> lines, Range body, Range recommended, string? url)
    {
        Url = url;
        Headline = headline;
        Header = header;
        FirstBlock = firstBlock;
        _lines = lines;
        _body = body;
        _recommended = recommended;
    }

    public string Headline { get; }

    /// <summary>The page the capture was taken from, when the capture tool wrote its address above the headline.</summary>
    public string? Url { get; }

    public List<string> Header { get; }

    /// <summary>
    /// The header lines of the block right under the headline, when a blank line sets it apart from more
    /// header lines under it (where a standfirst stands: <see cref="SeedHeader.Read"/>); else an empty range.
    /// </summary>
    public Range FirstBlock { get; }

    public ReadOnlySpan<ReadOnlyMemory<char>> Body => CollectionsMarshal.AsSpan(_lines)[_body];

    public ReadOnlySpan<ReadOnlyMemory<char>> Recommended => CollectionsMarshal.AsSpan(_lines)[_recommended];

    /// <summary>Splits trimmed-end lines into sections, or null when there is no headline (no text at all).</summary>
    public static SeedSections? Split(List<ReadOnlyMemory<char>> lines)
    {
        var h = 0;
        string? url = null;
        List<string>? header = null;
        // Some capture tools write the page's address first ("https://…", "Source: https://…"); a capture of
        // the whole page starts with its top ("Skip to main content", the site's name, the section, a
        // breadcrumb); reStructuredText sets a rule over the title. Some pages set the date or the read
        // time above the headline: those are header lines wherever they stand.
        var menu = false; // the line above was an entry of the site's menu
        while (true)
        {
            while (h < lines.Count && lines[h].IsBlank()) h++;
            if (h == lines.Count) return null;
            var first = lines[h].Span.Trim();
            // The page's top saved as Markdown links its entries ("[Skip to main content](#main)", "- [News](…)").
            first = MenuLine(first);
            // The site's menu, one entry a line, as a text browser dumps it: two entries or more.
            if (Masthead.IsMenuEntry(first) && NextNonBlank(lines, h + 1, lines.Count) is var below and >= 0 && (menu || Masthead.IsMenuEntry(MenuLine(lines[below].Span.Trim()))))
            {
                menu = true;
                h++;
                continue;
            }
            menu = false;
            if (MetadataBlock(lines, h, ref url, ref header) is var title and >= 0)
            {
                if (title > h) { h = title; break; }
                continue; // a block without a title: what follows it is the capture
            }
            if (TryReadUrl(first, out var address)) url ??= address;
            else
            {
                // Only what stands above more text can be the page's top: a headline leaves on the checks.
                var isDate = IsDateOrReadTime(first);
                if (!(isDate || Masthead.IsPageTop(first) || TextRules.IsThematicBreak(first) || IsForwardedMail(first) || SeedBody.IsPageChrome(first))
                    || NextNonBlank(lines, h + 1, lines.Count) < 0) break;
                if (isDate) (header ??= []).Add(first.ToString());
            }
            h++;
        }

        var r = h + 1;
        while (r < lines.Count && !IsRecommendedMarker(lines[r].Span)) r++;
        var recommendedStart = r + 1;
        // Without a heading we know over them, the teasers are a list right after the credits line, under
        // a heading of the site's own or none.
        if (r == lines.Count && ListAfterCredits(lines, h + 1) is (>= 0 and var heading, var list)) (r, recommendedStart) = (heading, list);

        var bodyStart = HeaderEnd(lines, h, r) + 1;
        // The headline's last line; then the line under it when Markdown or reStructuredText underlined
        // the headline ("=====", "-----"), so the header starts below that.
        var underlined = h + 1 < r && TextRules.IsThematicBreak(lines[h + 1].Span.Trim());
        var headlineEnd = underlined ? h : HeadlineEnd(lines, h, bodyStart, r);
        var headerStart = headlineEnd + (underlined ? 2 : 1);
        if (headerStart > h + 1) bodyStart = HeaderEnd(lines, headerStart - 1, r) + 1;
        var headline = Masthead.WithoutSiteName(TextRules.WithoutLineMarkup(
            headlineEnd == h ? lines[h].Span.Trim() : SeedText.Join(CollectionsMarshal.AsSpan(lines)[h..(headlineEnd + 1)])));
        header ??= [];
        var underTitle = header.Count; // the header lines read from here on
        var firstBlockEnd = -1; // -1: the first block goes on; 0: no block of its own can be the first
        for (var i = headerStart; i < bodyStart; i++)
        {
            var line = TextRules.WithoutLineMarkup(lines[i].Span.Trim());
            if (line.IsEmpty || TextRules.IsThematicBreak(line))
            {
                if (firstBlockEnd < 0 && header.Count > underTitle) firstBlockEnd = header.Count;
                continue; // a rule tells a reader nothing
            }
            // A page saved as Markdown links the author's name: the header reads the words.
            if (line.Contains("](", StringComparison.Ordinal)) line = TextRules.WithoutLinks(line);
            // Tools that keep both the page's title and its heading write the headline twice, the heading
            // perhaps underlined. A tool that writes the title above a capture of the whole page leaves the
            // page's top ("Skip to main content", the site, its menu without bullets, as a PDF printed from
            // the page keeps it: "News", "Finance") between the two.
            if ((IsHeadlineAgain(line, headline) ? 1 : IsStartOf(line, headline) ? WrappedHeadlineAgain(lines, i, bodyStart, headline) : 0) is var taken and > 0)
            {
                DropMenus(header, underTitle);
                header.RemoveAll(above => Masthead.IsPageTop(above));
                i += taken - 1;
                firstBlockEnd = 0;
            }
            else header.Add(line.ToString());
        }
        return new SeedSections(
            headline.ToString(),
            header,
            firstBlockEnd > underTitle && firstBlockEnd < header.Count ? underTitle..firstBlockEnd : default,
            lines,
            bodyStart..Math.Max(bodyStart, r),
            r < lines.Count ? recommendedStart..lines.Count : lines.Count..lines.Count,
            url);
    }

    // A line of the page's top as its words: links saved as Markdown read as their text.
    static ReadOnlySpan<char> MenuLine(ReadOnlySpan<char> line) => line.Contains("](", StringComparison.Ordinal) ? TextRules.WithoutLinks(line) : line;

    // Runs of two short names or more among the header lines from `from` on (the page's top and its menu:
    // "Skip to main content", "News", "Finance"), as a capture of the whole page keeps them above its heading.
    static void DropMenus(List<string> header, int from)
    {
        for (var end = header.Count; end > from;)
        {
            var start = end;
            while (start > from && header[start - 1] is var line && (Masthead.IsMenuName(line) || Masthead.IsMenuEntry(line) || Masthead.IsPageTop(line)) && !IsHeaderMarker(line)) start--;
            if (end - start >= 2) header.RemoveRange(start, end - start);
            end = start == end ? end - 1 : start;
        }
    }

    /// <summary>
    /// Some tools write what they know of the page above the capture, a line a field: "Title: …", "URL: …",
    /// "Date: 2023-02-01", "Author: …", "Tags: …". When such a block (two fields or more, a title, or a date
    /// or an author alone) opens
    /// the text at <paramref name="at"/>, its lines are read in place: the title is left as the headline
    /// (under it the capture's own heading is the headline again), the address is taken, the date and the
    /// author stay as header lines (the author as a byline, unless the capture has its own), and the other
    /// fields become blank. Returns the title's line, <paramref name="at"/> when the block has no title (its
    /// lines are all blank now), or -1 when no block opens there.
    /// </summary>
    static int MetadataBlock(List<ReadOnlyMemory<char>> lines, int at, ref string? url, ref List<string>? header)
    {
        // Most captures open with a headline that has no "Label:" near its start: they leave here.
        var first = Field(lines[at].Span);
        if (first == FieldKind.None) return -1;
        var end = at + 1;
        var title = first == FieldKind.Title ? at : -1;
        var mail = first == FieldKind.Mail;
        while (end < lines.Count && Field(lines[end].Span) is var kind and not FieldKind.None)
        {
            if (kind == FieldKind.Title) title = end;
            mail |= kind == FieldKind.Mail;
            end++;
        }
        // One field alone opens a block only when it cannot be a headline: a date, or the author.
        if (title < 0 && end - at < 2 && !(first == FieldKind.Author || first == FieldKind.Date && PublishedDate.TryParse(ValueOf(lines[at]).Span, out _)))
            return -1;
        for (var i = at; i < end; i++)
        {
            var line = lines[i];
            var value = ValueOf(line);
            // A field under the title stays in place, a header line under the headline; one above it (or in a
            // block without a title) joins the header lines read above the headline.
            var kind = Field(line.Span);
            if (kind == FieldKind.Url && TryReadUrl(line.Span.Trim(), out var address)) url ??= address;
            var kept = kind switch
            {
                FieldKind.Title when i == title => value,
                FieldKind.Date when !mail && PublishedDate.TryParse(value.Span, out _) => value,
                FieldKind.Author when !HasByline(lines, end) => ("By " + value.Span.Trim().ToString()).AsMemory(),
                _ => default, // the address, taken above, and the fields a reader has no use for
            };
            if (i < title || title < 0)
            {
                if (!kept.IsEmpty) (header ??= []).Add(kept.Span.Trim().ToString());
                kept = default;
            }
            lines[i] = kept;
        }
        return title >= 0 ? title : at;

        static ReadOnlyMemory<char> ValueOf(ReadOnlyMemory<char> field) => field[(field.Span.IndexOf(':') + 1)..];

        // The capture's own "By …" line, among the lines a header may hold.
        static bool HasByline(List<ReadOnlyMemory<char>> lines, int from)
        {
            for (var i = from; i < Math.Min(lines.Count, from + 20); i++)
                if (Byline.IsByline(TextRules.WithoutLineMarkup(lines[i].Span.Trim()))) return true;
            return false;
        }
    }

    enum FieldKind { None, Title, Url, Date, Author, Other, Mail }

    static readonly FrozenDictionary<string, FieldKind>.AlternateLookup<ReadOnlySpan<char>> Fields = new Dictionary<string, FieldKind>
    {
        ["Title"] = FieldKind.Title, ["Headline"] = FieldKind.Title,
        ["URL"] = FieldKind.Url, ["Source"] = FieldKind.Url, ["Link"] = FieldKind.Url, ["Original URL"] = FieldKind.Url, ["Canonical"] = FieldKind.Url,
        ["Date"] = FieldKind.Date, ["Published"] = FieldKind.Date, ["Publish date"] = FieldKind.Date, ["Date published"] = FieldKind.Date,
        ["Author"] = FieldKind.Author, ["Authors"] = FieldKind.Author, ["Byline"] = FieldKind.Author,
        ["Tags"] = FieldKind.Other, ["Keywords"] = FieldKind.Other, ["Description"] = FieldKind.Other, ["Excerpt"] = FieldKind.Other,
        ["Site"] = FieldKind.Other, ["Site name"] = FieldKind.Other, ["Publisher"] = FieldKind.Other, ["Category"] = FieldKind.Other,
        ["Section"] = FieldKind.Other, ["Language"] = FieldKind.Other, ["Saved"] = FieldKind.Other, ["Captured"] = FieldKind.Other,
        ["Clipped"] = FieldKind.Other, ["Retrieved"] = FieldKind.Other, ["Accessed"] = FieldKind.Other, ["Created"] = FieldKind.Other,
        ["Modified"] = FieldKind.Other, ["Word count"] = FieldKind.Other,
        // An e-mail's header, when the capture was mailed on and saved from the mail: its date is the mail's.
        ["From"] = FieldKind.Mail, ["To"] = FieldKind.Mail, ["Cc"] = FieldKind.Mail, ["Subject"] = FieldKind.Mail, ["Sent"] = FieldKind.Mail,
        ["Reply-To"] = FieldKind.Mail,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "---------- Forwarded message ---------" (Gmail), "-----Original Message-----" (Outlook), "Begin forwarded
    // message:" (Apple Mail): the line over a mail's header, when the capture was mailed on.
    static bool IsForwardedMail(ReadOnlySpan<char> line)
    {
        if (line.Length is < 16 or > 60 || line[0] is not ('-' or 'B' or 'b')) return false;
        var words = line.Trim("- :");
        return words.Equals("Forwarded message", StringComparison.OrdinalIgnoreCase) || words.Equals("Original Message", StringComparison.OrdinalIgnoreCase)
            || words.Equals("Begin forwarded message", StringComparison.OrdinalIgnoreCase);
    }

    // "Title: NATO chief…": a known field's name, a colon and a value.
    static FieldKind Field(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon is < 2 or > 15 || line[(colon + 1)..].IsWhiteSpace()) return FieldKind.None;
        return Fields.TryGetValue(line[..colon].Trim(), out var kind) ? kind : FieldKind.None;
    }

    /// <summary>
    /// The headline's last line. In a capture wrapped at a fixed width, like the body under it, a long
    /// headline goes on over the next line when that line's first word would not have fit on it ("NATO
    /// chief stresses … amid security" / "tensions"): that line is the rest of it, not the caption.
    /// </summary>
    static int HeadlineEnd(List<ReadOnlyMemory<char>> lines, int h, int bodyStart, int end)
    {
        // Most captures leave a blank line under the headline, and leave here.
        if (h + 2 > bodyStart || lines[h + 1].IsBlank() || bodyStart >= end) return h;
        var all = CollectionsMarshal.AsSpan(lines);
        var width = HardWrap.WidthWith(HardWrap.Width(all[bodyStart..end]), all[h..bodyStart]);
        var last = h;
        // A headline runs over three lines at most; the rest of it is never the byline, the read time or a date.
        while (last + 1 < bodyStart && last < h + 2
            && !HardWrap.EndsWithStop(lines[last].Span.TrimEnd()) && HardWrap.Continues(lines[last].Span, lines[last + 1].Span, width)
            && !IsHeaderMarker(TextRules.WithoutLineMarkup(lines[last + 1].Span.Trim())))
            last++;
        return last;
    }

    // How many lines from the one at i repeat the headline, wrapped at a fixed width over two or three, or 0.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static int WrappedHeadlineAgain(List<ReadOnlyMemory<char>> lines, int i, int end, ReadOnlySpan<char> headline)
    {
        for (var taken = 1; i < end && taken <= 3; i++, taken++)
        {
            var line = TextRules.WithoutLineMarkup(lines[i].Span.Trim());
            if (IsHeadlineAgain(line, headline)) return taken;
            if (!IsStartOf(line, headline)) return 0;
            headline = headline[(line.Length + 1)..];
        }
        return 0;
    }

    // "Markets rally as central bank" of "Markets rally as central bank holds rates": whole words, ten
    // characters or more. Most lines leave on their first character.
    static bool IsStartOf(ReadOnlySpan<char> line, ReadOnlySpan<char> headline) =>
        line.Length >= 10 && headline.Length > line.Length + 1 && (line[0] | 0x20) == (headline[0] | 0x20) && headline[line.Length] == ' '
        && headline.StartsWith(line, StringComparison.OrdinalIgnoreCase);

    // The headline again, bare or with the site's name the page title adds.
    static bool IsHeadlineAgain(ReadOnlySpan<char> line, ReadOnlySpan<char> headline) =>
        line.StartsWith(headline, StringComparison.OrdinalIgnoreCase)
        && (line.Length == headline.Length || Masthead.WithoutSiteName(line).Length == headline.Length);

    // A date, a time or a read time alone on its line ("February 1, 2023", "5 min read"): each holds a digit.
    // Not a read time with more before its dot: above the headline that may be the headline run into it.
    static bool IsDateOrReadTime(ReadOnlySpan<char> line) =>
        line.Length <= 80 && line.ContainsAnyInRange('0', '9')
        && (ReadTime.TryParse(line, out _, out var before) && before.IsEmpty || PublishedDate.TryParse(line, out _) || PublishedDate.IsRelative(line) || PublishedDate.IsTimeOnly(line));

    /// <summary>A line that is only a web address, bare or after "Source:", "URL:" or "Link:"; the address if so.</summary>
    static bool TryReadUrl(ReadOnlySpan<char> line, out string? url)
    {
        url = null;
        var colon = line.IndexOf(':');
        if (colon > 0 && line[..colon] is var label && (label.Equals("Source", StringComparison.OrdinalIgnoreCase)
            || label.Equals("URL", StringComparison.OrdinalIgnoreCase) || label.Equals("Link", StringComparison.OrdinalIgnoreCase)))
            line = line[(colon + 1)..].Trim();
        if (!(line.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || line.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            || line.ContainsAny(' ', '\t') || line.Length > 2000)
            return false;
        url = ArticleParser.HttpAddress(line.ToString());
        return true;
    }

    /// <summary>
    /// "Recommended Stories" on a line of its own (any case, an optional colon), or the heading other
    /// sites give the same list: "Related Stories", "Related Articles", "Related Coverage", "Related News",
    /// "Related Content", "Related", "More Stories", "More News", "Read Next", "You May Also Like".
    /// </summary>
    public static bool IsRecommendedMarker(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        // Every marker is 7 to 20 characters long and starts with an "R", an "M" or a "Y": prose lines leave
        // here. Markdown around it ("## Recommended Stories") or a bullet before it ("— Recommended Stories")
        // makes it at most 32, read out of line.
        if (t.Length is < 7 or > 32) return false;
        if ((t[0] | 0x20) is not ('r' or 'm' or 'y')) return (t[0] is '#' or '_' || TextRules.IsBullet(t[0])) && IsMarkerInMarkup(t);
        return t.Length <= 20 && IsMarkerPhrase(t);
    }

    // Out of line: IsRecommendedMarker runs for every line under the headline, and only what leaves on its
    // length and first letter should be inlined there.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsMarkerPhrase(ReadOnlySpan<char> t)
    {
        t = t.TrimEnd(':').TrimEnd();
        foreach (var marker in Markers)
            if (IsPhrase(t, marker)) return true;
        // "More from CNN", "More from Reuters": the site's own stories under its name.
        return t.StartsWith("More from ", StringComparison.OrdinalIgnoreCase) && Byline.IsAgency(t[10..]);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsMarkerInMarkup(ReadOnlySpan<char> line)
    {
        var bare = TextRules.WithoutLineMarkup(line);
        if (bare.Length == line.Length && TextRules.StartsWithBullet(line)) bare = line[1..].TrimStart();
        return bare.Length < line.Length && IsRecommendedMarker(bare);
    }

    static readonly string[] Markers =
        ["Recommended Stories", "Recommended", "Related Stories", "Related Articles", "Related Coverage", "Related News",
         "Related Content", "Related", "More Stories", "More News", "More on this story", "Read Next", "You May Also Like",
         "You Might Also Like"];

    // Any case, and any space between the words: web captures often hold a no-break space there.
    static bool IsPhrase(ReadOnlySpan<char> text, string phrase)
    {
        if (text.Length != phrase.Length) return false;
        for (var i = 0; i < text.Length; i++)
            if (phrase[i] == ' ' ? !char.IsWhiteSpace(text[i]) : char.ToUpperInvariant(text[i]) != char.ToUpperInvariant(phrase[i])) return false;
        return true;
    }

    /// <summary>
    /// The index of the last header line. The header ends at the last read-time, "By …", date, time or
    /// "3 hours ago" line found among the first few lines under the headline, stopping early at a
    /// dateline or a long paragraph.
    /// With neither marker, a lone short line under the headline is still a caption when more body
    /// follows and it sits right under the headline or the next paragraph opens with a dateline.
    /// </summary>
    internal static int HeaderEnd(List<ReadOnlyMemory<char>> lines, int h, int end)
    {
        var headline = lines[h].Span.Trim();
        var lastMarker = -1;
        var seen = 0;
        var quotes = false;
        for (var i = h + 1; i < end && seen < MaxHeaderLines; i++)
        {
            var span = TextRules.WithoutLineMarkup(lines[i].Span.Trim());
            if (span.Length == 0) continue;
            // Yahoo Finance's quotes under "In this article:" take none of the header's places.
            if (SeedHeader.IsQuoteLine(span, ref quotes)) continue;
            // The page's buttons among the header's lines ("Share full article") take none of its places either.
            if (span.Length <= SeedBody.MaxChromeLength && SeedBody.IsPageChrome(span)) continue;
            // Under a title a tool wrote above a capture of the whole page, the page's heading: the header
            // starts again under it, past the page's top and menu.
            if (span.Length >= 10 && headline.Length > 0 && (span[0] | 0x20) == (headline[0] | 0x20) && (IsStartOf(span, headline) || IsHeadlineAgain(span, headline))) { seen = 0; continue; }
            seen++;
            if (span.Length > MaxHeaderLineLength) break;
            if (SeedBody.StartsWithDateline(span)) break;
            if (IsHeaderMarker(span)) lastMarker = i;
        }
        if (lastMarker >= 0) return CaptionUnderMarkers(lines, lastMarker, end) is var caption and >= 0 ? caption : lastMarker;

        var first = NextNonBlank(lines, h + 1, end);
        if (first < 0) return h;
        var next = NextNonBlank(lines, first + 1, end);
        var candidate = lines[first].Span.Trim();
        var isCaption = next >= 0
            && candidate.Length <= MaxHeaderLineLength
            && !SeedBody.StartsWithDateline(candidate)
            && (first == h + 1 || SeedBody.StartsWithDateline(lines[next].Span.Trim()));
        return isCaption ? first : h;
    }

    /// <summary>
    /// The first line of a list (bulleted, numbered or Markdown headings, as teasers are marked) that
    /// follows the last credits line, "(Reporting by …)" or "Reporting by …", and the line of its heading
    /// when it has one; (-1, -1) when there is none. Some captures leave out the heading over the
    /// recommended stories, or give the site's own ("More from AFP", "Most read") where we know none; the
    /// credits close the story, so such a list after them is the teasers. The wire service's sign-off
    /// ("— AFP") and the page's lines under the story ("Our Standards: …") may stand between. A list inside
    /// the story stays the story's.
    /// </summary>
    static (int Heading, int List) ListAfterCredits(List<ReadOnlyMemory<char>> lines, int from)
    {
        for (var i = lines.Count - 1; i >= from; i--)
        {
            var line = TextRules.WithoutLineMarkup(lines[i].Span.Trim());
            if (!SeedBody.IsCredits(line)) continue;
            var next = NextNonBlank(lines, i + 1, lines.Count);
            while (next >= 0 && lines[next].Span.Trim() is var after && (SeedBody.IsSignOff(after) || SeedBody.IsPageChrome(after)))
                next = NextNonBlank(lines, next + 1, lines.Count);
            if (next < 0) return (-1, -1);
            var kind = MarkerKind(lines, next);
            // A heading over a list is plain or a Markdown heading over items marked otherwise: a "##" line
            // over bullets heads them, while "## Title" lines in a row are the teasers themselves.
            var list = NextNonBlank(lines, next + 1, lines.Count);
            if (kind is 0 or 3 && list >= 0 && MarkerKind(lines, list) is var listKind and > 0 && listKind != kind && IsListHeading(lines[next].Span.Trim()))
                return (next, list);
            return kind > 0 ? (next, next) : (-1, -1);
        }
        return (-1, -1);
    }

    static int MarkerKind(List<ReadOnlyMemory<char>> lines, int i) => TextRules.MarkerKind(lines[i].Span.Trim(), firstOfList: true);

    // A heading, not a sentence: short, and ending in neither a sentence's stop nor a quotation's close.
    // "More from AFP", "Most read", "## Top stories:".
    static bool IsListHeading(ReadOnlySpan<char> line)
    {
        var t = TextRules.WithoutLineMarkup(line).TrimEnd(':').TrimEnd();
        return t.Length is > 0 and <= 40 && char.IsLetter(t[0]) && t[^1] is not ('.' or '!' or '?' or ',' or ';' or '"' or '\u201D' or ')');
    }

    // A line that belongs to the header whatever its place: the read time, "By …", a date, a time or "3 hours ago".
    internal static bool IsHeaderMarker(ReadOnlySpan<char> line) =>
        ReadTime.TryParse(line, out _, out _) || Byline.IsByline(line) || PublishedDate.TryParse(line, out _) || PublishedDate.IsRelative(line)
        || PublishedDate.IsTimeOnly(line);

    /// <summary>
    /// Some tools put the photo caption under the byline and read time: one or two short lines (the caption,
    /// perhaps its credit), then the paragraph that opens with the dateline. The last such line, or -1. Lines
    /// that tell more of the byline (<see cref="SeedHeader.IsBylineDetail"/>) may stand there too.
    /// </summary>
    static int CaptionUnderMarkers(List<ReadOnlyMemory<char>> lines, int lastMarker, int end)
    {
        var caption = -1;
        for (int i = NextNonChrome(lines, lastMarker + 1, end), taken = 0, read = 0; i >= 0 && taken < 2 && read < MaxHeaderLines; i = NextNonChrome(lines, i + 1, end), read++)
        {
            var line = lines[i].Span.Trim();
            if (SeedBody.StartsWithDateline(line)) return caption;
            // Key points over the story ("Summary", "• Profit up 54%") are the body's, never a caption.
            if (line.Length > MaxHeaderLineLength || TextRules.StartsWithGlyphBullet(line) || Article.IsKeyPointsHeading(line)) return -1;
            caption = i;
            // The rest of a wrapped byline, the reporter's e-mail or desk: header lines, but not the caption's.
            if (!SeedHeader.IsBylineDetail(line)) taken++;
        }
        return caption >= 0 && NextNonChrome(lines, caption + 1, end) is var next and >= 0 && SeedBody.StartsWithDateline(lines[next].Span.Trim()) ? caption : -1;

        // The share buttons ("Share", "Copy link", "Save") may stand over the body: the body leaves them out.
        static int NextNonChrome(List<ReadOnlyMemory<char>> lines, int from, int end)
        {
            var i = NextNonBlank(lines, from, end);
            while (i >= 0 && SeedBody.IsPageChrome(lines[i].Span.Trim())) i = NextNonBlank(lines, i + 1, end);
            return i;
        }
    }

    internal static int NextNonBlank(List<ReadOnlyMemory<char>> lines, int from, int end)
    {
        for (var i = from; i < end; i++)
            if (!lines[i].IsBlank()) return i;
        return -1;
    }
}
