using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The body's lines into paragraphs, and the credits line that closes them. One step of <see cref="ArticleParser"/>.
/// </summary>
public static class SeedBody
{
    /// <summary>
    /// Body paragraphs are blocks separated by blank lines. Inside a block, a line that ends a sentence
    /// ends its paragraph (one paragraph per line, as some tools write), a bulleted line starts one (a
    /// list item, which keeps its bullet); any other line break is a hard wrap and the lines are joined
    /// with a space. In a body wrapped at a fixed width (plain-text exports, Pandoc, Lynx, e-mail: see
    /// <see cref="HardWrap"/>) a sentence can end at the wrap too, so there a sentence's end is a
    /// paragraph's end only when the next line's first word would have fit.
    /// </summary>
    public static List<string> Paragraphs(ReadOnlySpan<ReadOnlyMemory<char>> body)
    {
        // Kept by the article as it is: sized for blank-line-separated paragraphs, the common layout.
        var paragraphs = new List<string>((body.Length + 1) / 2);
        // A paragraph is a run of non-blank lines: body[start..i].
        var start = 0;
        int? width = null; // worked out only when a sentence ends right above another line
        for (var i = 0; i < body.Length; i++)
        {
            var line = body[i].Span.Trim();
            if (line.Length == 0 || IsBreakLine(line))
            {
                if (i > start) paragraphs.Add(SeedText.Join(body[start..i]));
                // A video among the paragraphs, as CNN's page copies: its label, its title, its length and source.
                if (IsVideoLabel(line)) i = VideoEnd(body, i);
                // The story's topics under their heading, one a line, as The Guardian's page copies.
                else if (line.Length == TopicsHeading.Length && line.Equals(TopicsHeading, StringComparison.OrdinalIgnoreCase)) i = TopicsEnd(body, i);
                start = i + 1;
            }
            else
            {
                // A bulleted line ("• NATO wants closer ties") is a list item: it starts a paragraph of its own.
                if (i > start && TextRules.StartsWithGlyphBullet(line))
                {
                    paragraphs.Add(SeedText.Join(body[start..i]));
                    start = i;
                }
                // Lines are trimmed at their end, so a blank one is empty: the common layout leaves on that.
                if (HardWrap.EndsSentence(line) && (i + 1 == body.Length || body[i + 1].Length == 0 || !IsWrapAfter(body, i, ref width)))
                {
                    paragraphs.Add(SeedText.Join(body[start..(i + 1)]));
                    start = i + 1;
                }
            }
        }
        if (body.Length > start) paragraphs.Add(SeedText.Join(body[start..]));
        return paragraphs;
    }

    // A line that ends a paragraph like a blank line and is not kept: page chrome (every such line is short,
    // so long lines of prose skip that check), the site's footer, a rule between sections ("* * *", "---").
    static bool IsBreakLine(ReadOnlySpan<char> line) =>
        line.Length <= MaxChromeLength && IsPageChrome(line) || IsSiteFooter(line) || TextRules.IsThematicBreak(line)
        // A label and a colon open both of these; prose seldom has a colon that early, and leaves without a call.
        || line.Length >= 7 && line[..Math.Min(line.Length, 16)].Contains(':') && (IsLinkOut(line) || IsTopics(line));

    // Whether the break after body[i] (a line ending a sentence) is the wrap of a fixed-width body: the
    // next line is text, not indented deeper (typewritten text indents a paragraph's first line instead of
    // leaving a blank one), and its first word would have taken the line past the body's wrap width.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsWrapAfter(ReadOnlySpan<ReadOnlyMemory<char>> body, int i, ref int? width)
    {
        var next = body[i + 1].Span.Trim();
        if (next.IsEmpty || IsBreakLine(next) || TextRules.StartsWithGlyphBullet(next)) return false;
        if (TextRules.Indent(body[i + 1].Span) > TextRules.Indent(body[i].Span)) return false;
        width ??= HardWrap.Width(body); // worked out once a body, and only for a body that may be wrapped
        return HardWrap.Continues(body[i].Span, next, width.Value);
    }

    // The longest line IsPageChrome knows.
    internal const int MaxChromeLength = 60;

    /// <summary>
    /// A line the news page put between paragraphs, not part of the story: Yahoo's "Story continues" fold,
    /// an "Advertisement" slot (Reuters.com's "Advertisement · Scroll to continue"), an advert's "Report
    /// this ad", "Continue reading", "View comments", the share buttons' "Share", "Copy link", "Save" and
    /// "Print", a newsletter's "Sign up here.", a gallery's "Item 1 of 5", "Reuters Graphics" under a chart,
    /// the line under every Reuters.com story, "Our Standards: The Thomson Reuters Trust Principles.", and
    /// its photos' and stories' "Purchase Licensing Rights" link (", opens new tab" as a screen reader's
    /// text copies it), the share buttons' networks, one a line ("Share this article:", "Facebook",
    /// "LinkedIn", "Email"), the comments link ("Comments (12)"), an audio player's lines ("Listen to this
    /// article · 5:12 min", "0:00 / 5:12") and the page's other buttons ("Gift this article", "Read in app",
    /// "SKIP ADVERTISEMENT"). It ends a paragraph like a blank line, as does the site's footer
    /// (<see cref="IsSiteFooter"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static bool IsPageChrome(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return false;
        // An image a text browser could not show: its file's name in brackets ("[x]", "[b.jpg]", "[IMG]").
        if (line[0] == '[') return IsImagePlaceholder(line);
        // The page's markup a tool saving it as Markdown kept as it was: "<div class="byline">", "</div>", and
        // Pandoc's fenced divisions (":::", "::: byline", "::: {#main role="main"}").
        if (line[0] == '<') return IsTagsOnly(line);
        if (line[0] == ':') return line.StartsWith(":::", StringComparison.Ordinal) && line.TrimStart(':').Trim() is var name
            && (name.IsEmpty || name[0] == '{' && name[^1] == '}' || !name.ContainsAny(' ', '.', ','));
        return line.Length switch
        {
            // By length first: nearly every body line leaves on it without a compare.
            4 => line.Equals("Save", StringComparison.OrdinalIgnoreCase),
            5 => line.Equals("Share", StringComparison.OrdinalIgnoreCase) || line.Equals("Print", StringComparison.OrdinalIgnoreCase)
                || line.Equals("Email", StringComparison.OrdinalIgnoreCase),
            >= 6 and <= 9 when ShareTargets.Contains(line) => true,
            9 => line.Equals("Copy link", StringComparison.OrdinalIgnoreCase),
            >= 16 and <= 20 when (line[0] | 0x20) == 's' && IsShareHeading(line) => true,
            >= 8 and <= 21 when ((line[0] | 0x20) is 'c' or 'j' or 's' or 'l' or 'a' || char.IsAsciiDigit(line[0])) && IsCommentsLink(line) => true,
            // Every phrase is at most 22 characters long; a player's line opens with "L" or a digit.
            >= 9 and <= 60 when line.Length <= 22 && ChromePhrases.Contains(line) || ((line[0] | 0x20) == 'l' || char.IsAsciiDigit(line[0])) && IsAudioPlayer(line)
                || char.IsAsciiDigit(line[0]) && IsVideoLength(line) => true,
            11 or 12 => line.StartsWith("Item ", StringComparison.OrdinalIgnoreCase) && IsGalleryCounter(line),
            13 => line.Equals("Advertisement", StringComparison.OrdinalIgnoreCase) || line.Equals("View comments", StringComparison.OrdinalIgnoreCase)
                || line.Equals("Sign up here.", StringComparison.OrdinalIgnoreCase),
            14 => line.Equals("Report this ad", StringComparison.OrdinalIgnoreCase),
            28 => line.Equals(TopicsHeading, StringComparison.OrdinalIgnoreCase),
            18 => line.Equals("Share this article", StringComparison.OrdinalIgnoreCase),
            15 => line.Equals("Story continues", StringComparison.OrdinalIgnoreCase),
            16 => line.Equals("Continue reading", StringComparison.OrdinalIgnoreCase) || line.Equals("Reuters Graphics", StringComparison.OrdinalIgnoreCase),
            24 or 25 or 39 or 40 when (line[0] | 0x20) is 'p' or 'a' && IsLicensingLink(line) => true,
            // Reuters.com's "Advertisement · Scroll to continue".
            >= 32 and <= 42 when (line[0] | 0x20) == 'a' && line.StartsWith("Advertisement", StringComparison.OrdinalIgnoreCase) =>
                line[13..].TrimStart(" ·•-–—|") is var rest && rest.StartsWith("Scroll to continue", StringComparison.OrdinalIgnoreCase) && rest[18..].Trim() is [] or "reading",
            >= 51 and <= 60 => (line[0] | 0x20) == 'o' && line.StartsWith("Our Standards: The Thomson Reuters Trust Principles", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    // "[x]", "[photo.jpg]", "[b][c]": one or more names in brackets, each without spaces, and nothing else
    // (w3m writes an image without a description by its file's name, Lynx as "[IMG]" or the file's name),
    // or "[image: https://…/x.jpg]", as Pandoc writes a picture it could not fetch into rich text. Not "[…]",
    // an editor's cut, nor "[Image: Leaders in Tokyo]", a description.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsImagePlaceholder(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("[image: ", StringComparison.OrdinalIgnoreCase) && line[^1] == ']')
            return line[8..^1] is var source && !source.IsEmpty && !source.ContainsAny(" \t[]");
        while (!line.IsEmpty)
        {
            var close = line.IndexOf(']');
            if (line[0] != '[' || close < 2 || line[1..close].ContainsAny(" \t[") || !char.IsLetterOrDigit(line[1])) return false;
            line = line[(close + 1)..];
        }
        return true;
    }

    // "<div id="main" role="main">", "</div>", "<div><span>": the tags that lay a page out, and nothing else.
    // Other markup ("<iframe …>", "<script>") stays, shown as the text it is.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsTagsOnly(ReadOnlySpan<char> line)
    {
        while (!line.IsEmpty)
        {
            var start = line.Length > 1 && line[1] == '/' ? 2 : 1;
            var close = line.IndexOf('>');
            if (line[0] != '<' || close <= start) return false;
            var tag = line[start..close];
            var end = tag.IndexOfAny(' ', '/');
            if (!LayoutTags.Contains(end < 0 ? tag : tag[..end])) return false;
            line = line[(close + 1)..].TrimStart();
        }
        return true;
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LayoutTags = new HashSet<string>(
        ["div", "span", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "p", "br", "hr", "center"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    const string VideoLabel = "Video Ad Feedback";

    const string TopicsHeading = "Explore more on these topics";

    // Where the topics under their heading at i end: at the last of the short lines right under it ("Nato",
    // "Asia Pacific"), names rather than sentences.
    static int TopicsEnd(ReadOnlySpan<ReadOnlyMemory<char>> body, int i)
    {
        while (i + 1 < body.Length && body[i + 1].Span.Trim() is { Length: > 0 and <= 40 } topic && topic.Count(' ') < 4 && !HardWrap.EndsSentence(topic)) i++;
        return i;
    }

    /// <summary>The label over a video among a story's lines, as CNN's page copies: "Video Ad Feedback".</summary>
    internal static bool IsVideoLabel(ReadOnlySpan<char> line) => line.Length == VideoLabel.Length && line.Equals(VideoLabel, StringComparison.OrdinalIgnoreCase);

    // Where a video's lines end after its label at i: at its length and source line ("01:45 - Source: CNN")
    // within three lines, its title above that; i itself when no such line follows.
    static int VideoEnd(ReadOnlySpan<ReadOnlyMemory<char>> body, int i)
    {
        for (var j = i + 1; j < body.Length && j <= i + 3; j++)
            if (IsVideoLength(body[j].Span.Trim())) return j;
        return i;
    }

    /// <summary>A video's length, perhaps with its source: "01:45 - Source: CNN", "1:02:10".</summary>
    internal static bool IsVideoLength(ReadOnlySpan<char> line)
    {
        var dash = line.IndexOf(" - ", StringComparison.Ordinal);
        return IsClock(dash < 0 ? line : line[..dash]) && (dash < 0 || line[(dash + 3)..].StartsWith("Source: ", StringComparison.OrdinalIgnoreCase));
    }

    // A player's clock: "0:00", "01:45", "1:02:10".
    static bool IsClock(ReadOnlySpan<char> text) =>
        text.Length is >= 4 and <= 8 && char.IsAsciiDigit(text[0]) && text.IndexOfAnyExcept("0123456789:") < 0 && text.Contains(':');

    // The page's other buttons over and inside a story: its app, its gift link, its reading list.
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ChromePhrases = new HashSet<string>(
        ["Gift this article", "Gift article", "Share full article", "Save for later", "Save article", "Read in app",
         "Open in app", "Get the app", "Download the app", "Listen to this article", "Listen to article", "Listen to this story",
         "Read later", "Add to reading list", "Follow this topic", "Text size", "Print this article", "Skip advertisement",
         "Supported by", "Link Copied!", "Copy link to article", VideoLabel, "Most viewed", "Reuse this content"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // An audio player's lines: "Listen to this article · 5:12 min", "Listen (5 min)", its clock "0:00 / 5:12".
    static bool IsAudioPlayer(ReadOnlySpan<char> line)
    {
        // "0:00 / 5:12": two clocks and a slash, nothing else.
        if (char.IsAsciiDigit(line[0])) return line.IndexOf('/') is var slash and > 0 && IsClock(line[..slash].Trim()) && IsClock(line[(slash + 1)..].Trim());
        if ((line[0] | 0x20) != 'l' || !line.StartsWith("Listen", StringComparison.OrdinalIgnoreCase)) return false;
        // "Listen to this article", then its length: "· 5:12 min", "(5 min)", "5 min".
        var rest = line[6..];
        foreach (var words in (ReadOnlySpan<string>)[" to this article", " to this story", " to article"])
            if (rest.StartsWith(words, StringComparison.OrdinalIgnoreCase)) { rest = rest[words.Length..]; break; }
        rest = rest.Trim(" ·•|-–—()");
        // "… · 6:02 min Learn more": the player's link to how it works.
        if (rest.EndsWith("Learn more", StringComparison.OrdinalIgnoreCase)) rest = rest[..^10].Trim(" ·•|-–—()");
        return rest.IsEmpty || char.IsAsciiDigit(rest[0]) && rest.TrimEnd(" .").EndsWith("min", StringComparison.OrdinalIgnoreCase) && rest.Length <= 12;
    }

    // The networks a page's share buttons name, one a line.
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareTargets = new HashSet<string>(
        ["E-mail", "Reddit", "Twitter", "Threads", "Bluesky", "Facebook", "LinkedIn", "WhatsApp", "Telegram", "Pinterest", "Flipboard"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Share this article:", "Share this story", over the share buttons.
    static bool IsShareHeading(ReadOnlySpan<char> line)
    {
        var rest = line.TrimEnd(':').TrimEnd();
        return rest.StartsWith("Share this ", StringComparison.OrdinalIgnoreCase)
            && rest[11..] is var what && (what.Equals("article", StringComparison.OrdinalIgnoreCase) || what.Equals("story", StringComparison.OrdinalIgnoreCase)
                || what.Equals("page", StringComparison.OrdinalIgnoreCase));
    }

    // The comments' link under a story: "Comments", "Comments (12)", "12 comments", "Join the conversation".
    static bool IsCommentsLink(ReadOnlySpan<char> line)
    {
        if (line.Equals("Join the conversation", StringComparison.OrdinalIgnoreCase) || line.Equals("Show comments", StringComparison.OrdinalIgnoreCase)
            || line.Equals("Leave a comment", StringComparison.OrdinalIgnoreCase) || line.Equals("Add a comment", StringComparison.OrdinalIgnoreCase))
            return true;
        var word = line.Trim("0123456789 ()");
        return word.Equals("Comments", StringComparison.OrdinalIgnoreCase) || word.Equals("Comment", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The story's tags, as a page lists them under it: "Topics: Iran, Oman, Shipping", "Tags: NATO; Japan",
    /// "Filed under: World · Asia". A label, then short names (at most five words each), none a sentence.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static bool IsTopics(ReadOnlySpan<char> line)
    {
        if (line.Length is < 7 or > 240 || (line[0] | 0x20) is not ('t' or 'f' or 'r' or 'm')) return false;
        var colon = line[..Math.Min(line.Length, 16)].IndexOf(':');
        if (colon < 4) return false;
        var label = line[..colon].TrimEnd();
        var known = false;
        foreach (var name in (ReadOnlySpan<string>)["Topics", "Topic", "Tags", "Filed under", "Related topics", "More on"])
            known |= label.Equals(name, StringComparison.OrdinalIgnoreCase);
        if (!known) return false;
        var names = 0;
        foreach (var range in line[(colon + 1)..].SplitAny(",;·|"))
        {
            var name = line[(colon + 1)..][range].Trim();
            if (name.IsEmpty || name.Count(' ') > 4 || name[^1] is '.' or '!' or '?' || !char.IsUpper(name[0]) && !char.IsDigit(name[0])) return false;
            names++;
        }
        return names > 0;
    }

    // "Sent from my iPhone", "Sent from Mail for Windows", "Shared from Apple News": an app's line, not prose
    // ("Sent from Washington, the letter…" is prose).
    static bool IsSentFromApp(ReadOnlySpan<char> line)
    {
        foreach (var opening in (ReadOnlySpan<string>)["Sent from my ", "Sent from Mail", "Sent from Outlook", "Sent from Yahoo", "Sent from Gmail",
                     "Sent from Samsung", "Shared from Apple News", "Shared from Google News", "Sent via the "])
            if (line.StartsWith(opening, StringComparison.Ordinal)) return !line.Contains(", ", StringComparison.Ordinal);
        return false;
    }

    /// <summary>
    /// A link to another story set between paragraphs: "READ MORE: Yen slides past 150 per dollar", "Related:
    /// …", "See also: …", "Watch: …", a label and a headline (no sentence's full stop, so "Related: the
    /// ministry said talks would resume." stays prose). On the page it was a link; in a capture it is a
    /// headline without its story, and it ends a paragraph like a blank line.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    internal static bool IsLinkOut(ReadOnlySpan<char> line)
    {
        if (line.Length is < 12 or > 220 || (line[0] | 0x20) is not ('r' or 's' or 'a' or 'w' or 'l')) return false;
        var colon = line[..Math.Min(line.Length, 14)].IndexOf(':');
        if (colon < 5) return false;
        var label = line[..colon].TrimEnd();
        var headline = line[(colon + 1)..].Trim();
        if (headline.Length < 8 || !char.IsUpper(headline[0]) && !char.IsDigit(headline[0]) && headline[0] is not ('"' or '“' or '‘' or '\'')) return false;
        if (headline[^1] == '.' || headline.Contains(". ", StringComparison.Ordinal)) return false;
        foreach (var known in (ReadOnlySpan<string>)["Read more", "Read also", "Also read", "See also", "Related", "Watch", "Listen"])
            if (label.Equals(known, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// The site's footer a capture of the whole page ends with: "© 2023 Reuters. All rights reserved",
    /// "Copyright 2023 …", "(c) 2023 …", "All rights reserved.", "Follow us on Twitter"; and what ends a
    /// capture sent on by e-mail: "Sent from my iPhone", "Get Outlook for iOS", "Shared from Apple News",
    /// a signature's "-- ". Nothing after it is a teaser; in the body it is left out like the page's other chrome.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsSiteFooter(ReadOnlySpan<char> line) =>
        // Inlined into the body's and the teasers' loops: most lines leave on their first character, without a call.
        line.Length >= 3 && line[0] is '©' or '(' or 'C' or 'c' or 'A' or 'a' or 'F' or 'f' or 'S' or 'G' && IsFooterLine(line)
        // "-- ": an e-mail's signature follows (lines are trimmed at their end).
        || line is "--";

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    static bool IsFooterLine(ReadOnlySpan<char> line)
    {
        // Each opening is told apart by a character or two before any compare: nearly every line of prose
        // that starts like one ("Congress…", "All the…", "Former…") leaves without one.
        return line[0] switch
        {
            '©' => true,
            '(' => (line[1] | 0x20) == 'c' && line[2] == ')' && IsYearOrMark(line[3..]),
            'C' or 'c' => line.Length > 9 && (line[8] | 0x20) == 't' && line.StartsWith("Copyright", StringComparison.OrdinalIgnoreCase) && IsYearOrMark(line[9..]),
            'A' or 'a' => line.Length >= 19 && ((line[4] | 0x20) == 'r' && line.StartsWith("All rights reserved", StringComparison.OrdinalIgnoreCase)
                // The print edition's line under a New York Times story, with its links.
                || line.Length >= 40 && line[1] == ' ' && line.StartsWith("A version of this article appears in print", StringComparison.OrdinalIgnoreCase)),
            'F' or 'f' => line.Length > 13 && line[6] == ' ' && line.StartsWith("Follow us on ", StringComparison.OrdinalIgnoreCase),
            // The mail app's line under a capture sent on ("Sent from my iPhone", "Get Outlook for iOS"), or
            // the news app's it was shared from ("Shared from Apple News").
            'S' => line.Length is >= 12 and <= 60 && IsSentFromApp(line),
            'G' => line.Length is >= 16 and <= 40 && line.StartsWith("Get Outlook for ", StringComparison.Ordinal),
            _ => false,
        };
    }

    // What follows "Copyright" or "(c)" in a footer: a year or the © sign ("Copyright © 2023", "(c) 2023").
    static bool IsYearOrMark(ReadOnlySpan<char> rest) =>
        rest.TrimStart() is [var c, ..] && (c == '©' || char.IsAsciiDigit(c) || c == '(');

    // "Item 1 of 5": where a photo stands in the page's gallery.
    static bool IsGalleryCounter(ReadOnlySpan<char> line)
    {
        var rest = line[5..];
        var of = rest.IndexOf(" of ", StringComparison.OrdinalIgnoreCase);
        return of > 0 && !rest[..of].ContainsAnyExceptInRange('0', '9') && rest[(of + 4)..] is { IsEmpty: false } total && !total.ContainsAnyExceptInRange('0', '9');
    }

    static bool IsLicensingLink(ReadOnlySpan<char> line) => WithoutLicensingLink(line).IsEmpty;

    /// <summary>
    /// Text without the photo's licensing link run onto its end, as a copy of the caption or the page's HTML
    /// has it: "…REUTERS/Issei Kato Purchase Licensing Rights, opens new tab". The link alone gives nothing.
    /// </summary>
    internal static ReadOnlySpan<char> WithoutLicensingLink(ReadOnlySpan<char> text)
    {
        var rest = text.TrimEnd();
        if (rest.EndsWith(", opens new tab", StringComparison.OrdinalIgnoreCase)) rest = rest[..^15];
        foreach (var link in (ReadOnlySpan<string>)["Purchase Licensing Rights", "Acquire Licensing Rights"])
            if (rest.EndsWith(link, StringComparison.OrdinalIgnoreCase) && (rest.Length == link.Length || rest[^(link.Length + 1)] == ' '))
                return rest[..^link.Length].TrimEnd();
        return text;
    }

    /// <summary>
    /// The credits line closes the body in parentheses (or, from some tools, square brackets) and names
    /// roles: "(Reporting by A. Editing by B)", "(Writing by A; Editing by B)", "[Reporting by A]". It is
    /// removed from the paragraphs and returned without its brackets.
    /// </summary>
    public static string? TakeCredits(List<string> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= Math.Max(0, paragraphs.Count - 2); i--)
        {
            // "*(Reporting by …)*": a tool that copies the page as Markdown keeps the credits' italics.
            var p = TextRules.WithoutLineMarkup(paragraphs[i]);
            if (IsBracketedCredits(p))
            {
                paragraphs.RemoveAt(i);
                return p[1..^1].Trim().ToString();
            }
            if (UnbracketedCredits(p) is { IsEmpty: false } credits)
            {
                paragraphs.RemoveAt(i);
                return credits.ToString();
            }
            if (IsContributorLine(p))
            {
                paragraphs.RemoveAt(i);
                return p.Trim().TrimEnd('.').ToString();
            }
        }
        return null;
    }

    /// <summary>
    /// How AP and many papers credit the other reporters, one short sentence closing the story:
    /// "Associated Press writer Hyung-jin Kim in Seoul contributed to this report.", "Jane Doe contributed
    /// reporting from Tokyo.", "AP writers A and B contributed." A paragraph with an earlier sentence in it,
    /// or a quotation, is the story's.
    /// </summary>
    public static bool IsContributorLine(ReadOnlySpan<char> paragraph)
    {
        var t = paragraph.Trim();
        if (t.Length is < 16 or > 300 || !char.IsUpper(t[0])) return false;
        var at = t.LastIndexOf(" contributed");
        if (at < 3 || t[..at] is var before && (before.ContainsAny("\"\u201C\u201D") || EndsASentence(before))) return false;
        var rest = t[(at + " contributed".Length)..].TrimEnd('.');
        return rest.IsEmpty || rest is " to this report" or " to this story" or " to this article" or " to the report"
            || rest.StartsWith(" reporting", StringComparison.Ordinal) && rest.Length <= 80 && rest.IndexOf('.') < 0;
    }

    // What opens a sign-off or a credits line set after a dash: "— Reuters", "- Reporting by A".
    const string LeadingDashes = "-–—― ";

    /// <summary>
    /// Removes the wire service's sign-off that closes some stories, before or after the credits: "— Reuters",
    /// "- AFP", "(AP)". The dateline already names the service.
    /// </summary>
    public static void DropSignOff(List<string> paragraphs)
    {
        for (var i = paragraphs.Count - 1; i >= Math.Max(1, paragraphs.Count - 2); i--)
        {
            if (IsSignOff(paragraphs[i]))
            {
                paragraphs.RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>"— Reuters", "- AFP.", "(AP)": a wire service's name alone, as it signs off a story.</summary>
    public static bool IsSignOff(ReadOnlySpan<char> line)
    {
        var p = line.TrimStart(LeadingDashes).TrimEnd('.');
        if (p.Length > 2 && (p[0], p[^1]) is ('(', ')')) p = p[1..^1];
        return p.Length <= 40 && Byline.IsAgency(p);
    }

    // A full stop after a lower-case letter and before a space: "…, he said. Jane Doe"; an initial's,
    // "J. Doe", is none.
    static bool EndsASentence(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOf(". "); i >= 0; i = text[(i + 1)..].IndexOf(". ") is var next and >= 0 ? i + 1 + next : -1)
            if (i > 0 && char.IsLower(text[i - 1])) return true;
        return false;
    }

    /// <summary>A credits line, in brackets or not: "(Reporting by A. Editing by B)", "— Reporting by A",
    /// or a sentence naming the reporters who contributed (<see cref="IsContributorLine"/>).</summary>
    public static bool IsCredits(ReadOnlySpan<char> line) =>
        line.Length > 2 && (line[0] is '(' or '[' ? IsBracketedCredits(line) : !UnbracketedCredits(line).IsEmpty || IsContributorLine(line));

    /// <summary>
    /// The first paragraph without the bold that a page copied as Markdown sets its dateline in:
    /// "**TOKYO (Reuters) -** NATO…", "__LONDON (AFP)__ — …". Any other paragraph as it is.
    /// </summary>
    public static string WithoutBoldDateline(string paragraph)
    {
        var close = BoldClose(paragraph);
        if (close < 0) return paragraph;
        var text = string.Concat(paragraph.AsSpan(2, close), paragraph.AsSpan(close + 4));
        return Dateline.StartsWithDateline(text) ? text : paragraph;
    }

    /// <summary>
    /// Whether a line opens with a dateline, set in bold or not: the header ends where the body's first
    /// paragraph, "TOKYO (Reuters) - …" or "**TOKYO (Reuters) -** …", starts.
    /// </summary>
    public static bool StartsWithDateline(ReadOnlySpan<char> line) =>
        Dateline.StartsWithDateline(line) || line is ['*' or '_', ..] && StartsWithBoldDateline(line);

    static bool StartsWithBoldDateline(ReadOnlySpan<char> line)
    {
        var close = BoldClose(line);
        if (close < 0) return false;
        // The line without its bold, as far as a dateline's head and separator can reach.
        Span<char> text = stackalloc char[128];
        line.Slice(2, close).CopyTo(text);
        var rest = line[(close + 4)..];
        rest = rest[..Math.Min(rest.Length, text.Length - close)];
        rest.CopyTo(text[close..]);
        return Dateline.StartsWithDateline(text[..(close + rest.Length)]);
    }

    // Where the bold that opens "**TOKYO (Reuters) -** …" or "__LONDON (AFP)__ — …" closes (its offset after
    // the opening pair), or -1.
    static int BoldClose(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || text[0] is not ('*' or '_') || text[1] != text[0]) return -1;
        var close = text[2..].IndexOf(text[..2]);
        return close is < 1 or > 80 ? -1 : close;
    }

    /// <summary>"(Reporting by A. Editing by B)", "[Reporting by A]": a line in brackets that names who did what.</summary>
    public static bool IsBracketedCredits(ReadOnlySpan<char> line) =>
        line.Length > 2 && (line[0], line[^1]) is ('(', ')') or ('[', ']') && line.Contains("by ", StringComparison.OrdinalIgnoreCase);

    // Some sites print the credits without brackets, or after a dash: "Reporting by A; Editing by B",
    // "— Reporting by A". Only a short paragraph that opens with a role and then names a person:
    // "Reporting by the BBC showed…" is prose.
    static ReadOnlySpan<char> UnbracketedCredits(ReadOnlySpan<char> paragraph)
    {
        var text = paragraph.TrimStart(LeadingDashes).TrimEnd();
        if (text.Length > 300) return [];
        var role = Credit.KnownRoleLength(text, StringComparison.OrdinalIgnoreCase);
        if (role == 0) return [];
        var names = text[role..];
        var end = names.IndexOfAny(".;");
        return Byline.LooksLikeNames(end < 0 ? names : names[..end]) ? text.TrimEnd('.') : [];
    }
}
