using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// A news page saved as HTML ("Save page as…"), read the way a reader view reads one: the story's part of
/// the page (its <c>&lt;main&gt;</c>, else its longest <c>&lt;article&gt;</c>, else the body) is written out
/// as a text capture, one block a line with blank lines between (list items as bullets, what follows
/// a list item's first block indented under it), scripts, styles, forms, navigation and hidden elements
/// left out. The capture rules then read it (<see cref="ArticleParser"/>), so the headline, caption,
/// byline, read time, dateline, credits and the "Recommended Stories" list come out as from any capture.
/// Only text is taken from the page: nothing of its markup reaches a reader.
/// </summary>
public static partial class HtmlArticleParser
{
    // A page parses in milliseconds; one whose elements nest thousands deep takes the HTML parser time
    // that grows with the square of the depth (a minute for 100,000). Past this it is rejected, so one such
    // file cannot hold up a scan.
    static readonly TimeSpan ParseBudget = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Reads a saved page. <paramref name="charset"/>: the character set its container names for it (an MHTML
    /// part's <c>Content-Type</c>), which comes before what the page's head says.
    /// </summary>
    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null, string? charset = null)
    {
        var result = Read(bytes, limits, texts, charset, out var readAs);
        return result.WithNote(readAs);
    }

    static ParseResult Read(ReadOnlySpan<byte> bytes, ParseLimits? limits, TextPool? texts, string? charset, out string? readAs)
    {
        readAs = null;
        if (DeclaredEncoding(bytes, charset) is { } declared)
        {
            // Read as the page says it is written, then as any UTF-8 capture (invisible characters, entities).
            try
            {
                bytes = Encoding.UTF8.GetBytes(declared.GetString(bytes));
            }
            catch (DecoderFallbackException)
            {
                return ParseResult.Rejected($"not {declared.WebName} text, as the page says it is: invalid byte sequence");
            }
        }
        var html = SeedText.Decode(bytes, out var error, out readAs);
        if (html is null) return ParseResult.Rejected(error!);
        IHtmlDocument document;
        using (var budget = new CancellationTokenSource(ParseBudget))
        {
            try
            {
                // Parsed from a string, it completes on this thread; the token is checked as it goes.
                document = new HtmlParser().ParseDocumentAsync(html, budget.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                return ParseResult.Rejected($"the HTML page took over {ParseBudget.TotalSeconds:0} seconds to read: its elements nest too deep");
            }
        }
        var result = ArticleParser.ParseText(ToCapture(document, standfirstApart: true, out var standfirst), limits, texts, "the HTML page", standfirst: false);
        if (standfirst is null) return result;
        if (result.Article is { } article) return ParseResult.Ok(article with { Standfirst = standfirst });
        // A page with no text under its header but the standfirst: that is its story.
        return ArticleParser.ParseText(ToCapture(document, standfirstApart: false, out _), limits, texts, "the HTML page", standfirst: false);
    }

    /// <summary>
    /// The encoding a page not in UTF-8 is written in, as its container (<paramref name="charset"/>) or its head
    /// names it (<c>&lt;meta charset="windows-1251"&gt;</c>, or the <c>http-equiv</c> form), as a browser's "Save
    /// page as" keeps the page's own bytes: Shift_JIS, GBK, windows-1251, ISO-8859-2. Null for a page that is
    /// UTF-8 (its bytes decide, whatever it says), names none, or names Windows-1252 or Latin-1, which the
    /// usual decoding reads; and for one .NET lacks.
    /// </summary>
    static Encoding? DeclaredEncoding(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (bytes.StartsWith("\uFEFF"u8) || bytes.StartsWith([(byte)0xFF, (byte)0xFE]) || bytes.StartsWith([(byte)0xFE, (byte)0xFF])) return null;
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        if (charset is not null) return TextEncodings.Named(charset.Trim().ToLowerInvariant());
        // The HTML standard has a browser look for it in the first 1,024 bytes.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        return MetaCharset().Match(head) is { Success: true } match ? TextEncodings.Named(match.Groups[1].Value.ToLowerInvariant()) : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"<meta\b[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_.:-]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetaCharset();

    /// <summary>
    /// Whether a file is a web page's HTML: by its name, or by how it opens, as a browser sniffs a resource
    /// of unknown type (the WHATWG MIME Sniffing standard: "&lt;!DOCTYPE HTML", "&lt;html", "&lt;head",
    /// "&lt;body", "&lt;div", "&lt;p", "&lt;h1", "&lt;table", "&lt;!--" and a few more, then a space or "&gt;";
    /// here also a line break, a tab or "/"),
    /// and by HTML5's "&lt;article", "&lt;main", "&lt;section" and "&lt;header": a story's part of a page
    /// copied as its markup ("Copy outerHTML") and saved as text.
    /// </summary>
    public static bool IsHtml(string name, ReadOnlySpan<byte> bytes)
    {
        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)) return true;
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        // Four values, not five with "\f": that search's generic code is not precompiled, and every capture of a
        // scan passes here.
        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        if (start < 0 || bytes[start] != '<') return false;
        var head = bytes[start..];
        if (head.StartsWith("<!--"u8)) return true;
        foreach (var opening in SniffedOpenings)
            if (head.Length > opening.Length && Ascii.EqualsIgnoreCase(head[..opening.Length], opening) && head[opening.Length] is (byte)' ' or (byte)'>' or (byte)'/' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f')
                return true;
        return false;
    }

    // The standard's list, then HTML5's sectioning elements.
    static readonly byte[][] SniffedOpenings = [.. new[]
    {
        "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p",
        "<article", "<main", "<section", "<header",
    }.Select(Encoding.ASCII.GetBytes)];

    /// <summary>
    /// The page written out as a text capture, and, with <paramref name="standfirstApart"/>, its standfirst
    /// apart (where the page's markup tells it, a capture's text could only guess: <see cref="Arrange"/>).
    /// </summary>
    internal static string ToCapture(IHtmlDocument document, bool standfirstApart, out string? standfirst)
    {
        standfirst = null;
        var text = new StringBuilder();
        // The original page's address, as capture tools write it above the headline: a whole web address only.
        // A relative one ("/world/…") tells nothing without the site, and above the headline would be read as it.
        string?[] addresses = [document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), document.QuerySelector("meta[property='og:url']")?.GetAttribute("content")];
        if (addresses.FirstOrDefault(IsWebAddress) is { } address) text.Append("Source: ").Append(address.Trim()).Append("\n\n");
        // What the page tells search engines of its story (schema.org's NewsArticle in JSON-LD): when it was
        // published and by whom, written as the fields a capture tool writes above a capture, which the
        // capture rules read (the author only where the story shows no byline of its own).
        var (published, authors) = Metadata(document);
        if (published is not null) text.Append("Date: ").Append(published).Append('\n');
        if (authors is not null) text.Append("Author: ").Append(authors).Append('\n');
        text.Append('\n');
        var root = document.QuerySelector("main") ?? LongestArticle(document) ?? document.Body;
        if (root is null) return text.ToString();
        // Some pages set the headline above the story's part of the page; failing an <h1>, the page's title.
        var heading = root.QuerySelector("h1");
        if (heading is null && (document.QuerySelector("h1") is { } h1 ? Collapse(TextOf(h1)) : Collapse(document.Title ?? "")) is { Length: > 0 } headline)
            text.Append(headline).Append("\n\n");
        var writer = new Writer(root, InlineLinkBoxes(root), heading);
        writer.Write();
        standfirst = Arrange(text, writer.Blocks, writer.HeadlineAt, standfirstApart);
        return text.ToString();
    }

    static bool IsWebAddress(string? address) =>
        Uri.TryCreate(address?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    enum BlockKind { Text, Headline, ListItem, Caption, Byline, Time }

    /// <summary>One block of the page's text, as one line of the capture.</summary>
    /// <param name="Images">How many images the page showed up to the block's end.</param>
    /// <param name="Figure">Which &lt;figcaption&gt; of the page a caption's block is in, counting from 1.</param>
    readonly record struct Block(string Text, BlockKind Kind, int Images, int Figure);

    /// <summary>
    /// The story's blocks as a capture, its header set out the way the capture rules read one. The page
    /// says by its markup what a capture can only guess from the text, so:
    /// <list type="bullet">
    /// <item>the &lt;h1&gt; comes first: what the page set above it in the story's part is its top (a
    /// section's or breadcrumb's name, "WORLD NEWS", a kicker), which would otherwise be read as the headline.
    /// Of it, only what reads as text (a sentence, or a photo's caption) is kept, under the headline;</item>
    /// <item>the photo's &lt;figcaption&gt; goes on the line right under the headline, where a capture's
    /// caption stands;</item>
    /// <item>the standfirst (a sentence between the headline and the byline or date, as The Guardian sets
    /// its summary) is taken out and given back (<paramref name="standfirstApart"/>; else it goes under the
    /// header as the story's first paragraph): read in place, it would be joined into the caption. Only
    /// when the page's caption is known or it shows no photo there;</item>
    /// <item>a byline the page marks as one (&lt;address&gt;, a <c>rel="author"</c> link, a "byline" class)
    /// without "By" ("Justin McCurry in Tokyo") is written with it.</item>
    /// </list>
    /// </summary>
    static string? Arrange(StringBuilder text, List<Block> blocks, int headlineAt, bool standfirstApart)
    {
        if (headlineAt < 0)
        {
            foreach (var block in blocks) text.Append(block.Text).Append("\n\n");
            return null;
        }
        // The header: up to its last line the capture rules know (a byline, a date, a read time) or the
        // page marks (a caption, a byline, a <time>), within as many lines as the rules read for one. A
        // second sentence, a list or a dateline is the story's.
        var headerEnd = headlineAt;
        var standfirst = -1;
        for (int i = headlineAt + 1, seen = 0; i < blocks.Count && seen < 8; i++, seen++)
        {
            var block = blocks[i];
            // A byline or date is a short line, not a sentence: a paragraph with a <time> in it is the story's,
            // and moving the standfirst past it would swap two paragraphs.
            if (block.Kind == BlockKind.Caption
                || block.Text.Length <= MaxMarkerLength && (block.Kind is BlockKind.Byline or BlockKind.Time && !EndsSentence(block.Text) || SeedSections.IsHeaderMarker(block.Text)))
                headerEnd = i;
            else if (block.Kind is BlockKind.ListItem or BlockKind.Headline || block.Text.Length > MaxCaptionLength || SeedBody.StartsWithDateline(block.Text)) break;
            else if (IsSentence(block.Text))
            {
                if (standfirst >= 0) break;
                standfirst = i;
            }
        }
        // The caption: the first <figcaption> above the headline or in the header, one or two blocks (a
        // caption and its credit). One that runs on or holds the dateline or the credits (a <figcaption>
        // left open holds the story) is no caption, and its text is read where it stands.
        var caption = new List<int>();
        for (var i = 0; i <= headerEnd; i++)
            if (blocks[i].Kind == BlockKind.Caption && (caption.Count == 0 || blocks[i].Figure == blocks[caption[0]].Figure)) caption.Add(i);
        if (caption.Count > 2 || caption.Sum(i => blocks[i].Text.Length + 1) > MaxCaptionLength
            || caption.Exists(i => SeedBody.StartsWithDateline(blocks[i].Text) || SeedBody.IsCredits(blocks[i].Text)))
            caption.Clear();
        // A sentence above the header's last line is the standfirst when the caption is known, or when the
        // page shows no photo up to there (no caption can be meant).
        if (standfirst > headerEnd || caption.Count == 0 && blocks[headerEnd].Images > 0) standfirst = -1;

        // The caption goes on the line right under the headline, as a capture sets it.
        text.Append(blocks[headlineAt].Text).Append(caption.Count > 0 ? "\n" : "\n\n");
        if (caption.Count > 0) text.AppendJoin(' ', caption.Select(i => blocks[i].Text)).Append("\n\n");
        for (var i = 0; i < headlineAt; i++)
            if (blocks[i].Kind != BlockKind.ListItem && !caption.Contains(i) && IsSentence(blocks[i].Text))
                text.Append(blocks[i].Text).Append("\n\n");
        for (var i = headlineAt + 1; i <= headerEnd; i++)
        {
            var block = blocks[i];
            if (caption.Contains(i) || i == standfirst) continue;
            if (block.Kind == BlockKind.Byline && IsBylineWithoutBy(block.Text)) text.Append("By ");
            text.Append(block.Text).Append("\n\n");
        }
        if (standfirst >= 0 && !standfirstApart) text.Append(blocks[standfirst].Text).Append("\n\n");
        for (var i = headerEnd + 1; i < blocks.Count; i++) text.Append(blocks[i].Text).Append("\n\n");
        return standfirst >= 0 && standfirstApart ? blocks[standfirst].Text : null;
    }

    // "Justin McCurry in Tokyo": people's names, as the byline the page marks, without "By". Each a person's,
    // one at least of two words or more: a word alone ("Share", "Opinion", "Reuters") is no byline.
    static bool IsBylineWithoutBy(string block)
    {
        if (Byline.IsByline(block) || !Byline.LooksLikeNames(block)) return false;
        var names = Byline.Names("By " + block);
        // A role beside the names ("Shaimaa Khalil, Tokyo correspondent") is part of a byline too.
        return names.Exists(name => Byline.IsPersonName(name) && name.Contains(' '))
            && names.TrueForAll(name => Byline.IsPersonName(name) || Byline.IsRoleName(name));
    }

    // The longest part of a byline box joined to the one before it ("Tokyo correspondent").
    const int MaxBylinePart = 60;

    // The longest line the capture rules read as one of a header's.
    const int MaxCaptionLength = 300;

    // The longest byline or date line the header takes from a page.
    const int MaxMarkerLength = 120;

    // Text rather than a page's label: long, or closed like a sentence.
    static bool IsSentence(string block) => block.Length > 60 || EndsSentence(block);

    static bool IsDateOrReadTime(string part) =>
        PublishedDate.TryParse(part, out _) || ReadTime.TryParse(part, out _, out _) || PublishedDate.IsRelative(part);

    static bool EndsSentence(string block) => block[^1] is '.' or '!' or '?' or ')' or '"' or '\u201D';

    // datePublished and the authors' names of the page's first NewsArticle (or Article) in JSON-LD, if any.
    static (string? Published, string? Authors) Metadata(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true });
                if (FindArticle(json.RootElement) is { } article)
                    return (article.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String ? date.GetString() : null,
                            article.TryGetProperty("author", out var author) ? NamesOf(author) : null);
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD tells nothing; the story's text still does.
            }
        }
        return (null, null);

        static JsonElement? FindArticle(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                    if (FindArticle(item) is { } found) return found;
                return null;
            }
            if (element.ValueKind != JsonValueKind.Object) return null;
            if (element.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() is "NewsArticle" or "Article" or "ReportageNewsArticle")
                return element;
            return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
        }

        static string? NamesOf(JsonElement author)
        {
            var names = new List<string>();
            foreach (var one in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
            {
                var name = one.ValueKind == JsonValueKind.String ? one.GetString()
                    : one.ValueKind == JsonValueKind.Object && one.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (!string.IsNullOrWhiteSpace(name) && Collapse(name) is { Length: <= 60 } clean && !clean.Contains(':')) names.Add(clean);
            }
            return names.Count == 0 ? null : string.Join(" and ", names.Take(6));
        }
    }

    // The outermost <article> with the most text, the first of equals. One inside another holds part of its
    // text, never more, so only the outermost are measured: measuring every one read a page of articles
    // nested n deep n times over (27 seconds for 6,000, past the parse's time budget).
    static IElement? LongestArticle(IHtmlDocument document)
    {
        IElement? longest = null;
        var most = -1;
        var stack = new Stack<IElement>();
        if (document.DocumentElement is { } root) stack.Push(root);
        while (stack.TryPop(out var element))
        {
            if (element.LocalName == "article")
            {
                if (TextOf(element).Length is var length && length > most) (longest, most) = (element, length);
                continue;
            }
            var children = ElementsIn(element);
            for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
        }
        return longest;
    }

    // An element's text, walked with a stack (AngleSharp's TextContent recurses).
    static string TextOf(IElement element)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        while (stack.TryPop(out var node))
        {
            if (node is IText t) text.Append(t.Data);
            else for (var (children, i) = (node.ChildNodes, node.ChildNodes.Length - 1); i >= 0; i--) stack.Push(children[i]);
        }
        return text.ToString();
    }

    // One element at a time, with a stack rather than recursion: a page nested thousands deep cannot
    // overflow it. Text gathers into the current block until a block-level element opens or closes.
    sealed class Writer(IElement root, HashSet<IElement> leftOut, IElement? headline)
    {
        readonly StringBuilder _block = new();
        int _listDepth;
        bool _itemStarts;
        int _headlineDepth, _headingDepth, _captionDepth, _addressDepth, _figures, _bylineBoxes, _lastBylineBox;
        // For each figure entered: how many captions came before it, or -1 when it has none.
        readonly Stack<int> _figuresEntered = new();
        bool _authorLink, _time;
        int _images;

        public List<Block> Blocks { get; } = [];

        /// <summary>The index of the headline's block, or -1.</summary>
        public int HeadlineAt { get; private set; } = -1;

        public void Write()
        {
            var stack = new Stack<(INode Node, bool Closing)>();
            stack.Push((root, false));
            while (stack.TryPop(out var entry))
            {
                var (node, closing) = entry;
                if (node is IText text) { _block.Append(text.Data); continue; }
                if (node is not IElement element) continue;
                if (closing)
                {
                    if (IsBlock(element)) Flush();
                    Count(element, -1);
                    continue;
                }
                if (IsLeftOut(element) || leftOut.Contains(element)) continue;
                if (IsBlock(element) || element.LocalName == "br") Flush();
                Count(element, +1);
                if (element.LocalName is "img" or "picture") _images++;
                else if (element.LocalName == "time") _time = true;
                if (element.GetAttribute("rel") is { } rel && rel.Contains("author", StringComparison.OrdinalIgnoreCase)) _authorLink = true;
                stack.Push((element, true));
                // By index: a node's previous sibling is found by searching its parent's children.
                var children = element.ChildNodes;
                for (var i = children.Length - 1; i >= 0; i--) stack.Push((children[i], false));
            }
            Flush();
        }

        // The elements whose text is of one kind, entered (+1) or left (-1).
        void Count(IElement element, int step)
        {
            if (ReferenceEquals(element, headline)) _headlineDepth += step;
            switch (element.LocalName)
            {
                case "li": _listDepth += step; _itemStarts = step > 0; break;
                case "figcaption": _captionDepth += step; _figures += Math.Max(step, 0); break;
                // A figure with a caption: what it holds before the caption is a label over the photo. (After
                // it, a figure left open may hold the story.)
                case "figure":
                    if (step > 0) _figuresEntered.Push(element.QuerySelector("figcaption") is not null ? _figures : -1);
                    else _figuresEntered.TryPop(out _);
                    break;
                case "h2" or "h3" or "h4" or "h5" or "h6": _headingDepth += step; break;
                case "address": _addressDepth += step; break;
                default:
                    if (IsBylineBox(element))
                    {
                        _addressDepth += step;
                        if (step > 0 && _addressDepth == 1) _bylineBoxes++;
                    }
                    break;
            }
            if (element.LocalName == "address" && step > 0 && _addressDepth == 1) _bylineBoxes++;
        }

        void Flush()
        {
            var line = Collapse(_block.ToString());
            _block.Clear();
            var (authorLink, time) = (_authorLink, _time);
            (_authorLink, _time) = (false, false);
            if (line.Length == 0) return;
            // A label over a photo, before its caption: its source ("Reuters", "Getty Images"), "Enlarge".
            if (_figuresEntered.TryPeek(out var before) && before == _figures && _captionDepth == 0 && _listDepth == 0
                && line.Length <= 60 && !EndsSentence(line)) return;
            var kind = _headlineDepth > 0 && HeadlineAt < 0 ? BlockKind.Headline
                : _listDepth > 0 ? BlockKind.ListItem
                : _captionDepth > 0 && _headingDepth == 0 ? BlockKind.Caption
                : _addressDepth > 0 || authorLink ? BlockKind.Byline
                : time ? BlockKind.Time
                : BlockKind.Text;
            if (kind == BlockKind.Headline) HeadlineAt = Blocks.Count;
            // The parts of one byline box the page sets on lines of their own ("Shaimaa Khalil" over "Tokyo
            // correspondent", as BBC News does) are one byline, as a capture writes it; a date or a read time in
            // it ("·1 min read", as Yahoo sets it under the author) stays apart. Only short parts that end no
            // sentence: a byline box left open holds the story, which stays apart.
            if (kind == BlockKind.Byline && !time && Blocks.Count > 0 && Blocks[^1] is { Kind: BlockKind.Byline } last
                && _lastBylineBox == _bylineBoxes && line.Length <= MaxBylinePart && last.Text.Length <= MaxBylinePart
                && !EndsSentence(line) && !EndsSentence(last.Text) && !IsDateOrReadTime(line) && !IsDateOrReadTime(last.Text))
            {
                Blocks[^1] = last with { Text = $"{last.Text}, {line}" };
                return;
            }
            if (kind == BlockKind.Byline) _lastBylineBox = _bylineBoxes;
            // A list item's first block is its bullet line; what else it holds sits under it, as a teaser's summary.
            if (_listDepth > 0) line = (_itemStarts ? "  • " : "    ") + line;
            _itemStarts = false;
            Blocks.Add(new Block(line, kind, _images, _figures));
        }
    }

    /// <summary>
    /// The boxes of links the page set inside the story, the story going on after them: a list whose every
    /// item is a link and nothing more, with the heading right before it ("Related coverage"). A reader view
    /// leaves them out; read as a capture, such a heading would end the story there. A list after the
    /// story's last paragraph stays: that is the recommended stories. One walk over the story's part of the
    /// page, in document order, by index (finding a node's sibling searches its parent's children).
    /// </summary>
    static HashSet<IElement> InlineLinkBoxes(IElement root)
    {
        var boxes = new List<(int At, IElement List)>();
        var headings = new Dictionary<IElement, IElement>(ReferenceEqualityComparer.Instance);
        var lastParagraph = -1;
        var order = 0;
        var stack = new Stack<(IElement Element, bool InList)>();
        stack.Push((root, false));
        while (stack.TryPop(out var entry))
        {
            var (element, inList) = entry;
            order++;
            var isList = element.LocalName is "ul" or "ol";
            if (isList && IsLinkList(element)) boxes.Add((order, element));
            else if (element.LocalName == "p" && !inList && Collapse(TextOf(element)).Length >= 40) lastParagraph = order;
            // Listed once: an element's Children collection is searched again at every index.
            var children = ElementsIn(element);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push((children[i], inList || isList));
                if (i > 0 && children[i].LocalName is "ul" or "ol" && children[i - 1].LocalName is "h2" or "h3" or "h4" or "h5" or "h6")
                    headings[children[i]] = children[i - 1];
            }
        }
        var left = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var (at, list) in boxes)
        {
            // The story's topics ("Related topics", "Tags") are no stories, wherever they stand.
            var topics = headings.TryGetValue(list, out var over) && IsTopicsHeading(Collapse(TextOf(over)));
            if (at >= lastParagraph && !topics) continue;
            left.Add(list);
            if (headings.TryGetValue(list, out var heading)) left.Add(heading);
        }
        return left;
    }

    static bool IsTopicsHeading(string heading)
    {
        foreach (var name in (ReadOnlySpan<string>)["Related topics", "Topics", "Tags", "More on these topics", "Explore more on these topics", "Filed under"])
            if (heading.AsSpan().TrimEnd(':').Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static List<IElement> ElementsIn(IElement element)
    {
        var elements = new List<IElement>();
        foreach (var node in element.ChildNodes)
            if (node is IElement child) elements.Add(child);
        return elements;
    }

    static bool IsLinkList(IElement list)
    {
        var items = 0;
        foreach (var item in ElementsIn(list))
        {
            if (item.LocalName != "li") continue;
            // A list inside an item is an outline, not a box of links (and measuring it would read a nested
            // list's text again at every level).
            if (item.QuerySelector("ul, ol") is not null) return false;
            items++;
            var text = Collapse(TextOf(item)).Length;
            var linked = item.QuerySelectorAll("a").Sum(a => Collapse(TextOf(a)).Length);
            if (text == 0 || linked * 10 < text * 9) return false;
        }
        return items > 0;
    }

    // A byline's box as the page marks it: a "byline" class, or a component or test id naming one
    // (BBC News's data-component="byline-block").
    static bool IsBylineBox(IElement element) =>
        element.ClassName is { } name && name.Contains("byline", StringComparison.OrdinalIgnoreCase)
        || element.GetAttribute("data-component") is { } component && component.Contains("byline", StringComparison.OrdinalIgnoreCase)
        || element.GetAttribute("data-testid") is { } test && test.Contains("byline", StringComparison.OrdinalIgnoreCase);

    static bool IsBlock(IElement element) => element.LocalName is "p" or "div" or "section" or "article" or "main" or "header" or "footer"
        or "aside" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "li" or "figure" or "figcaption" or "blockquote"
        or "pre" or "table" or "tr" or "td" or "th" or "dl" or "dt" or "dd" or "address" or "hr" or "body";

    // What a reader never reads as the story: code, styling, media, forms, navigation, and what the page hides.
    static bool IsLeftOut(IElement element) =>
        element.LocalName is "script" or "style" or "noscript" or "template" or "svg" or "iframe" or "form" or "button" or "nav"
            or "select" or "input" or "textarea" or "canvas" or "video" or "audio" or "object" or "embed" or "head" or "title"
        || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true" || IsForScreenReaders(element);

    // Text the page hides from sight for screen readers ("Image caption, " before BBC News's captions):
    // its "visually-hidden", "sr-only" or "screen-reader-text" class.
    static bool IsForScreenReaders(IElement element) =>
        element.ClassName is { Length: > 5 } name && (name.Contains("visually-hidden", StringComparison.OrdinalIgnoreCase)
            || name.Contains("VisuallyHidden", StringComparison.Ordinal) || name.Contains("sr-only", StringComparison.OrdinalIgnoreCase)
            || name.Contains("screen-reader", StringComparison.OrdinalIgnoreCase));

    // Runs of whitespace as one space, none at the ends: HTML's own reading of the text between tags.
    static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
