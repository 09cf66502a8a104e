using System.Runtime.InteropServices;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Articles;

/// <summary>A recommended story under an article: a title and, when the capture has one, a one-line summary.</summary>
public sealed record Teaser(string Title, string? Summary, bool Truncated)
{
    /// <summary>
    /// Reads the lines after "Recommended Stories". Each teaser is a title and an optional summary.
    /// <code>
    ///   • NATO, Japan pledge to strengthen ties
    ///
    ///     TOKYO (Reuters) -NATO chief Jens Stoltenberg …
    /// </code>
    /// A bulleted line starts a teaser, or a numbered one ("1. ") in captures that number them, or a Markdown
    /// heading ("### Title") in a copy of the page as Markdown. Captures without any of these are read by
    /// indentation (summaries sit deeper than titles), and failing that by position (title, then summary).
    /// </summary>
    public static IReadOnlyList<Teaser> ParseAll(IEnumerable<string> lines) => ParseAll([.. lines.Select(l => l.AsMemory())]);

    /// <param name="texts">Where titles and summaries come from, so equal ones are, nearly always, one string (see <see cref="TextPool"/>).</param>
    /// <param name="body">The article's body lines: when a tool wrapped the capture at a fixed width, the body tells the width.</param>
    public static IReadOnlyList<Teaser> ParseAll(ReadOnlySpan<ReadOnlyMemory<char>> lines, TextPool? texts = null, ReadOnlySpan<ReadOnlyMemory<char>> body = default)
    {
        // One pass to learn how this capture marks teasers: bullets or numbers, else indentation, else position.
        var marker = 0;
        var glyph = '\0'; // with bullets, the one the first title has: another marks a summary ("— A summary")
        var minIndent = int.MaxValue;
        var maxIndent = -1;
        foreach (var line in lines)
        {
            var span = line.Span;
            if (span.IsWhiteSpace() || TextRules.IsThematicBreak(span.Trim())) continue;
            var indent = TextRules.Indent(span);
            // Not span[indent..]: the indent is a width (a tab counts four), not a number of characters.
            var trimmed = span.TrimStart();
            // The page's footer under the teasers, set apart from them ("© 2023 Yahoo"), is none of them: it
            // would have the titles' indentation. (Read only where a line is set less deep than any before it.)
            if (indent < minIndent && minIndent != int.MaxValue && SeedBody.IsSiteFooter(trimmed)) break;
            var kind = TextRules.MarkerKind(trimmed, firstOfList: maxIndent < 0);
            minIndent = Math.Min(minIndent, indent);
            maxIndent = Math.Max(maxIndent, indent);
            // The first marker settles it: markers of its kind start the teasers, indentation no longer
            // matters, and a summary that opens with the other kind ("1. First…" under "•") stays a summary.
            if (kind > 0) { marker = kind; glyph = trimmed[0]; break; }
        }
        // With "+" or "o" (the first title's, as the loop stopped there: minIndent is its indent), a line
        // indented deeper than the first title is a summary's text ("o dia…").
        var asciiBullet = glyph is '+' or 'o';
        if (maxIndent < 0) return [];
        var indented = maxIndent > minIndent;

        var teasers = new List<Teaser>();
        string? title = null;
        var advert = false;
        var summary = new List<ReadOnlyMemory<char>>();
        var startOfBlock = true;
        ReadOnlySpan<char> previous = default;
        // The title's last line, while the next line may still be the rest of a title wrapped at a fixed width.
        ReadOnlySpan<char> titleLine = default;
        var width = -1; // worked out only when a line follows a title without a blank line between
        var numbered = false; // the line before was a list number on its own: this one is a title

        for (var at = 0; at < lines.Length; at++)
        {
            var raw = lines[at];
            var text = raw.Span.Trim();
            // A blank line, or a rule between teasers ("---", "* * *"), ends a block.
            if (text.Length == 0 || TextRules.IsThematicBreak(text)) { startOfBlock = true; titleLine = default; continue; }
            // "© 2023 Reuters. All rights reserved": the page's footer; no teaser follows it.
            if (SeedBody.IsSiteFooter(text)) break;
            // "1", "2.": some pages number the stories in a box beside each, and a copy puts the number on a line of its own.
            if (text.Length <= 3 && IsListNumber(text)) { numbered = startOfBlock = true; titleLine = default; continue; }
            // Another bullet right under a title, in the same block, marks its summary ("• Title" / "— Summary").
            var marked = marker > 0 && (asciiBullet ? text[0] == glyph && TextRules.StartsWithAsciiBullet(text) && TextRules.Indent(raw.Span) <= minIndent
                : TextRules.MarkerKind(text) == marker
                && (marker != 1 || text[0] == glyph || startOfBlock || titleLine.IsEmpty));
            if (!titleLine.IsEmpty && !marked && IsRestOfTitle(titleLine, at, lines, body, marker > 0 || indented, ref width))
            {
                title = Text(Masthead.WithoutSiteName(string.Concat(title, " ", text)));
                titleLine = raw.Span;
                previous = text;
                continue;
            }
            titleLine = default;
            var isTitle = numbered || (
                marker > 0 ? marked
                : indented ? TextRules.Indent(raw.Span) == minIndent
                : StartsTeaserByPosition(text, startOfBlock, title is not null, summary.Count > 0, previous));
            // Where a title would start: the provider's name over it, as Yahoo sets it ("Reuters", "The
            // Associated Press"), or the age under the last summary ("2 hours ago"), is neither title nor
            // summary, and the age closes its teaser as a blank line would. Such lines are short: most titles
            // leave on their length, without a call. (Under a title, the summary's branch below reads them.)
            if ((isTitle || title is null) && text.Length <= 32 && IsProviderOrTimeLine(text)) { startOfBlock |= summary.Count > 0; continue; }
            startOfBlock = numbered = false;
            previous = text;

            if (isTitle || title is null)
            {
                Flush();
                var titleText = TitleOf(asciiBullet && marked ? text[1..].TrimStart() : text);
                advert = IsAdvertLabel(titleText);
                title = Text(titleText);
                titleLine = raw.Span;
            }
            // The provider's name on a line of its own under a title ("Reuters", "Reuters · 2 hours ago"), or
            // the teaser's own read time or age ("2 min read", "3 hours ago"), or an advert's label, is not the summary.
            else
            {
                // A summary's own bullet goes ("— A summary"; "· 2 min read" is the teaser's read time).
                var line = marker == 1 && TextRules.StartsWithBullet(text) ? raw[(raw.Length - text.Length + 1)..] : raw;
                // "Summary: …", as a tool that labels each field writes it.
                if (SummaryLabelLength(text) > 0) line = line[(line.Span.IndexOf(':') + 1)..];
                if (line.Length != raw.Length) text = line.Span.Trim();
                if (text.Length > 60 || !IsProviderOrTimeLine(text)) summary.Add(line);
                // "5 min read · 3 hours ago" under the summary closes its teaser as a blank line would.
                else startOfBlock = summary.Count > 0;
            }
        }
        Flush();
        SplitOneLineTeasers();
        return teasers;

        // "• Title | Its summary", "• Title — Its summary": a tool that wrote each teaser on one line. Only when
        // no teaser has a summary of its own and two in three or more read so (see SummaryAt).
        void SplitOneLineTeasers()
        {
            if (teasers.Count < 2 || teasers.Exists(t => t.Summary is not null)) return;
            foreach (var separator in (ReadOnlySpan<string>)[" | ", " — ", " – "])
            {
                var split = 0;
                foreach (var t in teasers)
                    if (SummaryAt(t.Title, separator) > 0) split++;
                if (split * 3 < teasers.Count * 2) continue;
                for (var i = 0; i < teasers.Count; i++)
                {
                    var t = teasers[i].Title;
                    if (SummaryAt(t, separator) is var at and > 0)
                    {
                        var oneLine = Text(t.AsSpan(at).Trim());
                        teasers[i] = new Teaser(Text(t.AsSpan(0, at - separator.Length).Trim()), oneLine, IsCutOff(oneLine));
                    }
                }
                return;
            }
        }

        void Flush()
        {
            // An advert among the teasers ("Ad · Brand", "Sponsored: …") is no story.
            if (!string.IsNullOrEmpty(title) && !advert)
            {
                var s = summary.Count switch
                {
                    0 => null,
                    1 => Text(summary[0].Span.Trim()),
                    _ => Text(SeedText.Join(CollectionsMarshal.AsSpan(summary))), // a rare multi-line summary: one copy more
                };
                // Without bullets or indentation, the block of a summary wrapped at a fixed width reads as a
                // title run on over its lines: unlike a title (longer than any, or ending a sentence), under a
                // title still without its summary, it is that summary.
                if (marker == 0 && !indented && !LooksLikeTitle(title) && teasers.Count > 0 && teasers[^1].Summary is null)
                {
                    var whole = s is null ? title : Text(string.Concat(title, " ", s));
                    teasers[^1] = teasers[^1] with { Summary = whole, Truncated = IsCutOff(whole) };
                }
                else teasers.Add(new Teaser(title, s, s is not null && IsCutOff(s)));
            }
            title = null;
            summary.Clear();
        }

        string Text(ReadOnlySpan<char> value) => texts is null ? value.ToString() : texts.Get(value);
    }

    // The title as a reader sees it: without its bullet or number, the Markdown a copying tool put around it
    // ("### Title", "**Title**"), the link it may be ("[Title](https://…)") and the site's name after it.
    // After a bullet, "# 1 seed…" is a number, not a heading: only a line that starts with one is a heading.
    // Out of line, as below.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static ReadOnlySpan<char> TitleOf(ReadOnlySpan<char> line)
    {
        var text = TextRules.StripBullet(line);
        // After a bullet, "# 1 seed…" is a number; but a heading's marks before a link are a heading's, as a
        // page saved as Markdown lists its stories ("-   ### [Oil slips…](https://…)").
        text = text.Length == line.Length || TextRules.StartsWithHeading(text) && text.TrimStart('#').TrimStart().StartsWith('[')
            ? TextRules.WithoutLineMarkup(text) : TextRules.WithoutEmphasis(text);
        // "Title: …", as a tool that labels each field writes it.
        if (text.Length > 7 && text[0] is 'T' or 't' && text.StartsWith("Title:", StringComparison.OrdinalIgnoreCase)) text = text[6..].TrimStart();
        // A page's title, as some tools copy each story's: "Oil slips… - Reuters", "Oil slips… | Yahoo Finance".
        return Masthead.WithoutSiteName(TextRules.LinkText(text));
    }

    // Where the summary starts in "Title | Summary" at a separator, when what follows it reads as one: four
    // words or more ("Ukraine war – live", "Oil – as it happened" are titles); else -1.
    static int SummaryAt(string title, string separator)
    {
        var at = title.IndexOf(separator, StringComparison.Ordinal);
        if (at <= 0) return -1;
        var after = title.AsSpan(at + separator.Length).Trim();
        return after.Length >= 20 && after.Count(' ') >= 3 ? at + separator.Length : -1;
    }

    // "Summary: …", "Description: …", "Excerpt: …": a summary's label, as a tool that labels each field
    // writes it; the label's length with its colon, or 0.
    static int SummaryLabelLength(ReadOnlySpan<char> text)
    {
        if (text.Length < 10 || text[0] is not ('S' or 's' or 'D' or 'd' or 'E' or 'e')) return 0;
        foreach (var label in (ReadOnlySpan<string>)["Summary:", "Description:", "Excerpt:"])
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase)) return label.Length;
        return 0;
    }

    // "1", "2.", "10)": a list number with nothing after it.
    static bool IsListNumber(ReadOnlySpan<char> text)
    {
        var digits = text.IndexOfAnyExceptInRange('0', '9');
        if (digits < 0) digits = text.Length;
        return digits is 1 or 2 && text[digits..] is [] or ['.' or ')'];
    }

    // In a capture wrapped at a fixed width (see HardWrap) a long title goes on over the next line when that
    // line's first word would not have fit on the title's: "• NATO, Japan pledge … in face of 'historic'" /
    // "security threat". Then the line is the rest of the title, whether the tool indented it or not, not
    // the summary or the next title. A title that ends in a stop ("…in eastern Congo?") has no rest. The
    // width is the body's: a list whose titles and summaries sit on lines of their own breaks after every
    // title, so only prose tells a wrapped capture from an unwrapped one.
    // A tool that sets the summary right under the title (Lynx) leaves the two apart only by where the
    // title's last line ends; a title that happens to end near the width looks wrapped into its summary.
    // So where bullets or indentation mark the titles, the next line is the title's rest when the title's
    // line is left open (it ends in a comma or in a word no title ends in: "…explains how to", "…in face
    // of") or the next line opens in lower case ("in face of 'historic'…": a summary opens a sentence).
    // Else the rest is short: it ends within two lines (a line the next would have fit after, or the
    // block's end), and a rest of two lines leaves a summary under it, in its block or the next. Longer
    // runs are the summary. (Without bullets or indentation, a block's lines all run on, and Flush tells a
    // summary's block from a title's.)
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsRestOfTitle(ReadOnlySpan<char> titleLine, int at, ReadOnlySpan<ReadOnlyMemory<char>> lines, ReadOnlySpan<ReadOnlyMemory<char>> body, bool marked, ref int width)
    {
        if (width < 0) width = HardWrap.WidthWith(HardWrap.Width(body), lines);
        var title = titleLine.TrimEnd();
        if (HardWrap.EndsWithStop(title) || !HardWrap.Continues(titleLine, lines[at].Span, width)) return false;
        if (!marked || IsLeftOpen(title) || char.IsLower(lines[at].Span.TrimStart()[0])) return true;
        var end = at;
        while (end + 1 < lines.Length && !EndsBlock(lines[end + 1].Span) && HardWrap.Continues(lines[end].Span, lines[end + 1].Span, width))
            if (++end - at == 2) return false;
        if (end == at) return true;
        // Two lines of rest: a summary under them in their block, or in a block of its own after a blank
        // line, set deeper than the title (not the next title, nor the page's footer).
        var next = end + 1;
        if (next < lines.Length && !EndsBlock(lines[next].Span)) return true;
        while (next < lines.Length && lines[next].IsBlank()) next++;
        return next > end + 1 && next < lines.Length && lines[next].Span.TrimStart() is var summary && TextRules.MarkerKind(summary) == 0
            && TextRules.Indent(lines[next].Span) > TextRules.Indent(titleLine) && !SeedBody.IsSiteFooter(summary);

        // A blank line, or the next teaser's bullet or number.
        static bool EndsBlock(ReadOnlySpan<char> line) => line.IsWhiteSpace() || TextRules.MarkerKind(line.TrimStart()) > 0;
    }

    // A title's line that says it goes on: it ends in a comma, a semicolon or a dash, or in an article, a
    // preposition, a conjunction or "to".
    static bool IsLeftOpen(ReadOnlySpan<char> line)
    {
        if (line[^1] is ',' or ';' || TextRules.IsDash(line[^1])) return true;
        var word = line[(line.LastIndexOf(' ') + 1)..];
        return word.Length <= 5 && OpenWords.Contains(word);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenWords = new HashSet<string>(
        ["a", "an", "the", "to", "of", "in", "on", "at", "by", "for", "from", "with", "into", "over", "amid", "as", "and", "or", "but",
         "its", "his", "her", "their", "our", "your", "is", "are", "was", "were", "be", "has", "have", "had", "will", "can", "that"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Neither bullets nor indentation: a block opens a new teaser unless it reads as the summary the pending
    // title still lacks. Further lines of a block continue what it started, but for a capture with no blank
    // lines at all: there a title-like line after a summary's full stop, or after a summary line too long
    // to be a wrapped one (a cut-off summary ends without a stop), starts the next teaser.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool StartsTeaserByPosition(ReadOnlySpan<char> text, bool startOfBlock, bool hasTitle, bool hasSummary, ReadOnlySpan<char> previous) =>
        startOfBlock
            ? !hasTitle || hasSummary || LooksLikeTitle(text)
            : hasSummary && (previous.Length > 150 || previous.TrimEnd("\"”’')").EndsWith(".")) && LooksLikeTitle(text) && !char.IsLower(text[0]);

    // "Ad", "Ad · Brand", "Sponsored", "Sponsored: …", "Promoted by …", "Advertisement", "Paid content".
    static bool IsAdvertLabel(ReadOnlySpan<char> text)
    {
        // Most titles leave on their first two letters, without a compare.
        if (text.Length < 2 || (text[0] | 0x20, text[1] | 0x20) is not (('a', 'd') or ('s', 'p') or ('p', 'r' or 'a'))) return false;
        if (text.Length == 2 || text[2] == ' ' && text[3..].TrimStart() is [var c, ..] && Byline.Separators.Contains(c))
            return true; // "Ad", "Ad · Brand"
        foreach (var label in (ReadOnlySpan<string>)["Sponsored", "Promoted", "Advertisement", "Paid content", "Paid post", "Partner content"])
            if (text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && (text.Length == label.Length || !char.IsLetter(text[label.Length])))
                return true;
        return false;
    }

    // "Reuters", "AFP • 3h ago", "Reuters | January 31, 2023": a wire service, and perhaps when it filed;
    // or the teaser's read time or age, "2 min read", "3 hours ago". Kept out of line: ParseAll's loop
    // stays small enough for the pool's lookup to be inlined in it, and summaries leave on their length.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsProviderOrTimeLine(ReadOnlySpan<char> text)
    {
        if (text.Length <= 40 && (PublishedDate.IsRelative(text) || ReadTime.TryParse(text, out _, out var before) && before.IsEmpty || IsAdvertLabel(text)))
            return true;
        var separator = text.IndexOfAny(Byline.Separators);
        var name = separator < 0 ? text : text[..separator];
        // Before the separator a provider, or the teaser's read time ("5 min read · 3 hours ago").
        if (name.Length > 30 || !(Byline.IsAgency(name) || separator > 0 && ReadTime.TryParse(name, out _, out var ahead) && ahead.IsEmpty)) return false;
        if (separator < 0) return true;
        var when = text[(separator + 1)..];
        return PublishedDate.IsRelative(when) || PublishedDate.TryParse(when, out _);
    }

    // Titles are short and do not end a sentence with a full stop; summaries are prose.
    static bool LooksLikeTitle(ReadOnlySpan<char> line) =>
        line.Length <= MaxTitleLength && !line.TrimEnd("\"”’')").EndsWith(".");

    const int MaxTitleLength = 150;

    /// <summary>
    /// A summary the capture cut off mid-sentence: it ends in a letter, digit, comma or dash instead of
    /// closing punctuation ("…with the real estate com"), or in an explicit "..." / "…".
    /// </summary>
    public static bool IsCutOff(string summary)
    {
        var s = summary.AsSpan().TrimEnd();
        if (s.IsEmpty) return false;
        if (s.EndsWith("...") || s[^1] == '…') return true;
        return s[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']' or '»');
    }
}
