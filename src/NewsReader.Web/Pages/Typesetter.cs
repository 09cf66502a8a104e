using System.Net;
using System.Text.Encodings.Web;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using NewsReader.Web.Articles;
using NewsReader.Web.Search;

namespace NewsReader.Web.Pages;

/// <summary>
/// Turns seed text into HTML through Markdig: typographic quotes, dashes and ellipses (SmartyPants), raw
/// HTML shown as text, links only to http(s) and mailto, images shown as their alt text (nothing is
/// loaded from another host). Text from a file never becomes markup.
/// </summary>
public static class Typesetter
{
    // Immutable and thread-safe: built once, shared by every request.
    static readonly MarkdownPipeline Pipeline = Builder().Build();

    // Titles, captions, summaries, excerpts and a text capture's paragraphs are each one paragraph of text:
    // nothing in them opens a block ("2024. A year…" is not a list, "# 1 seed" not a heading, "> " not a quote).
    static readonly MarkdownPipeline PlainPipeline = OnlyParagraphs(Builder()).Build();

    static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder().UseSmartyPants().DisableHtml();

    static MarkdownPipelineBuilder OnlyParagraphs(MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        builder.BlockParsers.Find<ParagraphBlockParser>()!.ParseSetextHeadings = false;
        return builder;
    }

    /// <summary>
    /// An article's body: each paragraph as <see cref="Paragraph"/>, except that in a text capture a run of
    /// bulleted paragraphs ("• NATO wants closer ties", "• China is not an adversary") is one list, and the
    /// key points a page sets over the story (<see cref="Article.LedeIndex"/>) are a box of their own.
    /// </summary>
    public static HtmlString Body(Article article)
    {
        var html = new System.Text.StringBuilder();
        var paragraphs = article.Paragraphs;
        var lede = article.Lede;
        var start = 0;
        if (lede > 0)
        {
            var heading = TextRules.StartsWithGlyphBullet(paragraphs[0]) ? null : paragraphs[0].AsSpan().TrimEnd(':').Trim().ToString();
            html.Append(heading is null ? "<section class=\"key-points\" aria-label=\"Key points\">"
                : $"<section class=\"key-points\" aria-labelledby=\"key-points-heading\"><h2 class=\"key-points-heading\" id=\"key-points-heading\">{WebUtility.HtmlEncode(heading)}</h2>");
            start = heading is null ? 0 : 1;
            AppendList(html, paragraphs, ref start);
            html.Append("</section>");
        }
        for (var i = start; i < paragraphs.Count; i++)
        {
            if (!article.MarkdownBody && i != lede && PhotoCaption.InBody(paragraphs[i]) is { } caption)
            {
                // Another photo's caption between paragraphs: set as the header's is, not as the story's text.
                html.Append("<figure class=\"photo\"><figcaption>").Append(Caption(caption).Value).Append("</figcaption></figure>");
                continue;
            }
            if (article.MarkdownBody || !TextRules.StartsWithGlyphBullet(paragraphs[i]))
            {
                html.Append(Paragraph(paragraphs[i], withDateline: i == lede && article.Dateline is not null, article.MarkdownBody).Value);
                continue;
            }
            AppendList(html, paragraphs, ref i);
            i--;
        }
        return new HtmlString(html.ToString());
    }

    /// <summary>A photo caption's inside: its label ("Photo", "File photo"), its text, and the photographer's credit.</summary>
    public static HtmlString Caption(PhotoCaption caption)
    {
        var html = $"<span class=\"photo-label\">{WebUtility.HtmlEncode(caption.Label)}</span> {Inline(caption.Text).Value}";
        return new HtmlString(caption.Credit is { } credit ? $"{html} <span class=\"photo-credit\">{WebUtility.HtmlEncode(credit)}</span>" : html);
    }

    // The run of bulleted paragraphs from i as one list; i ends after it.
    static void AppendList(System.Text.StringBuilder html, IReadOnlyList<string> paragraphs, ref int i)
    {
        html.Append("<ul>");
        for (; i < paragraphs.Count && TextRules.StartsWithGlyphBullet(paragraphs[i]); i++)
            html.Append("<li>").Append(Render(TextRules.StripBullet(paragraphs[i]).ToString(), PlainPipeline, inline: true)).Append("</li>");
        html.Append("</ul>");
    }

    /// <summary>A body paragraph as one &lt;p&gt;, its dateline (if any) set apart in a span.</summary>
    /// <param name="markdown">The paragraph may hold Markdown blocks (a Markdown seed's body). A text
    /// capture's paragraph is one paragraph whatever it starts with: "1984. That year…" is not a list,
    /// "# 1 seed" not a heading, "> " not a quote.</param>
    public static HtmlString Paragraph(string text, bool withDateline, bool markdown = false)
    {
        var prefix = withDateline ? Dateline.PrefixLength(text) : 0;
        var body = Render(text[prefix..], markdown ? Pipeline : PlainPipeline, inline: false);
        if (prefix == 0) return new HtmlString(body);
        // The head as written ("TOKYO (Reuters)"), then the separator set as an em dash whatever the capture used.
        var dateline = $"<span class=\"dateline\">{WebUtility.HtmlEncode(DatelineHead(text, prefix))}</span> — ";
        return new HtmlString(body.StartsWith("<p>", StringComparison.Ordinal)
            ? "<p>" + dateline + body[3..]
            : "<p>" + dateline + "</p>" + body);
    }

    // The dateline's head as written ("TOKYO (Reuters)"), without the separator the capture used.
    static string DatelineHead(string text, int prefix)
    {
        var head = text.AsSpan(0, prefix).TrimEnd();
        while (!head.IsEmpty && TextRules.IsDash(head[^1])) head = head[..^1];
        return head.TrimEnd().ToString();
    }

    /// <summary>
    /// A title or summary as inline text: typographic punctuation, no block markup. Titles recur on every
    /// list, result and teaser, so renderings are remembered (a bounded memo, emptied when full).
    /// </summary>
    public static HtmlString Inline(string text)
    {
        if (InlineMemo.TryGetValue(text, out var html)) return html;
        if (InlineMemo.Count >= MaxMemo) InlineMemo.Clear();
        return InlineMemo[text] = new HtmlString(Render(text, PlainPipeline, inline: true));
    }

    const int MaxMemo = 50_000;
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HtmlString> InlineMemo = new(StringComparer.Ordinal);

    /// <summary>
    /// The article's standfirst, or else the story's first paragraph (<see cref="Article.Lede"/>) without its
    /// dateline, cut at a word to at most <paramref name="max"/> characters: what a card, a feed or a search
    /// engine shows of it.
    /// </summary>
    public static string Excerpt(Article article, int max)
    {
        if (article.Standfirst is { } standfirst) return Shorten(standfirst, max);
        var first = article.Paragraphs[article.Lede];
        return Shorten(first[Dateline.PrefixLength(first)..], max);
    }

    /// <summary>The excerpt set like the article it comes from (typographic quotes and dashes), as inline HTML.
    /// Not remembered as titles are: each article has its own.</summary>
    public static HtmlString ExcerptHtml(Article article, int max) => new(Render(Excerpt(article, max), PlainPipeline, inline: true));

    /// <summary>
    /// A teaser's or story's summary as inline HTML, shortened to <paramref name="max"/> characters if given.
    /// One the capture cut off mid-sentence ends in an ellipsis, as one shortened here does, and never in two.
    /// </summary>
    public static HtmlString Summary(string summary, bool truncated, int? max = null)
    {
        var text = max is { } m ? Shorten(summary, m) : summary.Trim();
        // A summary that opens with a dateline ("TOKYO (Reuters) -NATO…") gets the body's spaced em dash.
        if (Dateline.PrefixLength(text) is var prefix and > 0)
            text = string.Concat(DatelineHead(text, prefix), " — ", text.AsSpan(prefix));
        if (truncated && !text.EndsWith('…') && !text.EndsWith("...", StringComparison.Ordinal)) text += "…";
        return Inline(text);
    }

    public static string Shorten(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }

    /// <summary>
    /// A search snippet as text with its matches wrapped in &lt;mark&gt;. The text is encoded as the page is
    /// written, by the page's own encoder, piece by piece from the snippet: no string is made for any piece.
    /// </summary>
    /// <param name="highlights">In order, as <see cref="LibraryIndex"/> makes them; one that overlaps the
    /// one before it or runs past the end is left unmarked.</param>
    public static IHtmlContent Highlighted(string snippet, IReadOnlyList<Highlight> highlights) =>
        new MarkedText(PunctuatePlain(snippet), highlights); // one character for one: the offsets still hold

    sealed class MarkedText(string text, IReadOnlyList<Highlight> highlights) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            var at = 0;
            foreach (var (start, length) in highlights)
            {
                if (start < at || start + length > text.Length) continue;
                encoder.Encode(writer, text, at, start - at);
                writer.Write("<mark>");
                encoder.Encode(writer, text, start, length);
                writer.Write("</mark>");
                at = start + length;
            }
            encoder.Encode(writer, text, at, text.Length - at);
        }
    }

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    // inline: no enclosing <p>, for text that stands inside another element.
    static string Render(string markdown, MarkdownPipeline pipeline, bool inline)
    {
        var document = Markdown.Parse(Punctuate(inline ? WireKicker.Set(markdown) : markdown), pipeline);
        Neutralise(document);
        // The headline is the page's one h1: a heading in the body ("# …" in a Markdown article) sits under it.
        foreach (var heading in document.Descendants<HeadingBlock>()) heading.Level = Math.Min(heading.Level + 1, 6);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = inline };
        pipeline.Setup(renderer);
        if (inline && document.Count == 1 && document[0] is LeafBlock { Inline: { } line })
            renderer.Write(line);
        else
            renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd();
    }

    /// <summary>
    /// What SmartyPants leaves alone or gets wrong, one character for one: an apostrophe inside a word
    /// ("NATO's" → "NATO’s"), after a plural's "s" ("Francis' visit" → "Francis’ visit") unless a single
    /// quote is open and this closes it ("'the bosses'"), before a decade ("the '90s" → "the ’90s", not an
    /// opening quote), and a hyphen standing between spaces, used as a dash ("Huawei - sources" → "Huawei – sources").
    /// </summary>
    internal static string Punctuate(string text)
    {
        if (!text.Contains('\'') && !text.Contains(" - ", StringComparison.Ordinal)) return text;
        var chars = text.ToCharArray();
        var open = 0; // single quotes opened and not yet closed
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '-' && i > 0 && i + 1 < chars.Length && chars[i - 1] == ' ' && chars[i + 1] == ' ') chars[i] = '–';
            if (chars[i] != '\'') continue;
            // The text's edges count as spaces: a quote there opens or closes, it joins no word.
            var before = i > 0 ? chars[i - 1] : ' ';
            var after = i + 1 < chars.Length ? chars[i + 1] : ' ';
            if (char.IsLetter(before) && char.IsLetter(after)) chars[i] = '’';
            else if (!char.IsLetterOrDigit(before) && IsDecade(chars.AsSpan(i + 1))) chars[i] = '’';
            else if (!char.IsLetterOrDigit(before)) open++;
            else if (open > 0) open--;
            else if (before is 's' or 'S') chars[i] = '’';
        }
        return new string(chars);
    }

    // "90s", "80s,", "60" then a non-digit: two digits, then "s" or the word's end.
    static bool IsDecade(ReadOnlySpan<char> rest) =>
        rest.Length >= 2 && char.IsAsciiDigit(rest[0]) && char.IsAsciiDigit(rest[1])
        && (rest.Length == 2 || rest[2] == 's' || !char.IsLetterOrDigit(rest[2]));

    /// <summary>
    /// <see cref="Punctuate"/> and straight quotes made typographic, for text that is not Markdown (a search
    /// snippet, a page's title and description): a quote at the start, after a space, an opening bracket
    /// or a dash opens; any other closes. Each character is replaced by one, so offsets stay true.
    /// </summary>
    public static string PunctuatePlain(string text)
    {
        text = Punctuate(text);
        if (!text.Contains('"') && !text.Contains('\'')) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is not ('"' or '\'')) continue;
            var opens = i == 0 || char.IsWhiteSpace(chars[i - 1]) || chars[i - 1] is '(' or '[' or '—' or '–' or '“' or '‘';
            chars[i] = chars[i] == '"' ? (opens ? '“' : '”') : (opens ? '‘' : '’');
        }
        return new string(chars);
    }

    // Links to anything but http(s)/mailto, and every image, are replaced by their plain text.
    static void Neutralise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!link.IsImage && IsSafe(link.Url)) continue;
            link.ReplaceBy(new LiteralInline(PlainText(link)), copyChildren: false);
        }
    }

    static string PlainText(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    static bool IsSafe(string? url) =>
        url is not null && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
}
