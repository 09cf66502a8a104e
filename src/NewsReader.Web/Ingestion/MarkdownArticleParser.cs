using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using NewsReader.Web.Articles;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// An article written as Markdown with YAML front matter:
/// <code>
/// ---
/// headline: Markets rally as central bank holds rates
/// imageCaption: Traders on the floor
/// standfirst: Investors cheer the pause
/// authors: [Jane Doe, John Roe]
/// readTimeMinutes: 3
/// dateline: { place: LONDON, agency: AFP }     # or "LONDON (AFP)"
/// credits: Reporting by Jane Doe; Editing by Ann Poe
/// recommended:
///   - { title: Oil slips, summary: Prices fell. }
/// ---
/// The body, in Markdown. Raw HTML in it is shown as text.
/// </code>
/// Each top-level Markdown block becomes a paragraph; the pages render it through the same Markdig
/// pipeline as captured text. Bad front matter is a rejection with its reason, never an exception. The
/// front matter a tool that saves pages as Markdown writes ("title", "author", "source") reads as its
/// counterpart, and a file with no front matter at all is read as a capture saved as Markdown.
/// </summary>
public static class MarkdownArticleParser
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    /// <summary>
    /// Whether a file, whatever its name, opens with YAML front matter: a "---" line, a "key:" line, and a
    /// closing "---" (or "...") line within its first 8 KB (Obsidian's Web Clipper, Jekyll, Hugo; a Markdown
    /// file saved as ".txt"). A capture that opens with a rule over its headline ("---", then the
    /// headline) does not.
    /// </summary>
    public static bool OpensWithFrontMatter(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (!bytes.StartsWith("---"u8)) return false;
        var lines = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 8192)]).ReplaceLineEndings("\n").Split('\n');
        if (lines.Length < 3 || lines[0].TrimEnd() != "---" || !IsKeyLine(lines[1])) return false;
        return lines.Skip(2).Any(line => line.TrimEnd() is "---" or "...");

        static bool IsKeyLine(string line)
        {
            var colon = line.IndexOf(':');
            return colon > 0 && char.IsAsciiLetter(line[0]) && line.AsSpan(0, colon).IndexOfAnyExcept(KeyCharacters) < 0
                && (colon + 1 == line.Length || line[colon + 1] == ' ');
        }
    }

    static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-");

    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null)
    {
        var result = Read(bytes, limits ?? ParseLimits.Default, out var readAs);
        return result.WithNote(readAs);
    }

    static ParseResult Read(ReadOnlySpan<byte> bytes, ParseLimits limits, out string? readAs)
    {
        var text = SeedText.Decode(bytes, out var error, out readAs);
        if (text is null) return ParseResult.Rejected(error!);
        if (string.IsNullOrWhiteSpace(text)) return ParseResult.Rejected("the file is empty or holds only whitespace");
        if (SeedText.TooLongLine(SeedText.Lines(text), limits.MaxLineLength) is { } tooLong) return ParseResult.Rejected(tooLong);
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');

        var document = Markdown.Parse(text, Pipeline);
        // Without front matter it is a capture a tool saved as Markdown ("# Headline", "**By …**"): read by
        // the capture rules, its paragraphs still rendered as Markdown.
        if (document.FirstOrDefault() is not YamlFrontMatterBlock yaml)
        {
            var capture = WithoutImageLines(WithoutLayoutLines(text)) is var plain && !ReferenceEquals(plain, text)
                ? ArticleParser.ParseText(plain, limits)
                : ArticleParser.Parse(bytes, limits);
            return capture.Article is { } captured ? ParseResult.Ok(captured with { MarkdownBody = true }) : capture;
        }

        FrontMatter? front;
        try
        {
            // An empty block ("---" right under "---") has no line array at all, not an empty one.
            var lines = yaml.Lines.Count == 0 ? [] : yaml.Lines.Lines.Take(yaml.Lines.Count).Select(l => l.ToString());
            front = Yaml.Deserialize<FrontMatter>(string.Join('\n', lines));
        }
        catch (YamlException e)
        {
            return ParseResult.Rejected($"malformed front matter at line {e.Start.Line + 1}: {Innermost(e).Message}");
        }
        if (front is null) return ParseResult.Rejected("the front matter has no headline");
        // Front matter without a headline is a page-saving tool's ("title", "author", "source", "tags"): what
        // follows it is the capture it saved, read by the capture rules under the title it names.
        if (string.IsNullOrWhiteSpace(front.Headline)) return FromSavedPage(front, text[Math.Min(text.Length, yaml.Span.End + 1)..], limits);

        var paragraphs = document.Skip(1)
            .Select(block => text.Substring(block.Span.Start, block.Span.Length).Trim())
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count == 0) return ParseResult.Rejected("the file has a headline but no body paragraphs");

        var byline = NullIfBlank(front.Byline);
        // A YAML list may hold empty items ("-" alone): they read as null and are skipped.
        var authors = Names(front)
            .Concat(byline is null ? [] : Byline.Names(byline))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var dateline = front.Dateline is { } d
            ? (d.Text is { } written ? Dateline.TryParse(written.TrimEnd() + " - ") : string.IsNullOrWhiteSpace(d.Place) && string.IsNullOrWhiteSpace(d.Agency) ? null
                : new Dateline(NullIfBlank(d.Place), NullIfBlank(d.Agency)))
            : Dateline.TryParse(SeedBody.WithoutBoldDateline(paragraphs[0])); // the paragraph keeps its bold: it is Markdown

        return ParseResult.Ok(new Article(
            Headline: front.Headline.Trim(),
            ImageCaption: NullIfBlank(front.ImageCaption),
            Authors: authors,
            Byline: byline,
            ReadTimeMinutes: front.ReadTimeMinutes is > 0 and < 1000 ? front.ReadTimeMinutes : null,
            Dateline: dateline,
            Paragraphs: paragraphs,
            Credits: NullIfBlank(front.Credits)?.TrimStart('(').TrimEnd(')'),
            Recommended: [.. (front.Recommended ?? [])
                .Where(r => r is not null && !string.IsNullOrWhiteSpace(r.Title))
                .Take(limits.MaxTeasers)
                .Select(r =>
                {
                    var summary = NullIfBlank(r.Summary);
                    return new Teaser(r.Title!.Trim(), summary, r.Truncated ?? (summary is not null && Teaser.IsCutOff(summary)));
                })])
        {
            Published = front.Published is { } stated && PublishedDate.TryParse(stated, out var date) ? date : null,
            Url = ArticleParser.HttpAddress(front.Url ?? front.Source),
            MarkdownBody = true,
            Standfirst = NullIfBlank(front.Standfirst),
        });
    }

    static ParseResult FromSavedPage(FrontMatter front, string rest, ParseLimits limits)
    {
        // The title first: the capture rules read a headline written twice once ("# Title" under it).
        rest = WithoutImageLines(WithoutLayoutLines(WithoutExcerpt(rest, out var excerpt)));
        var capture = string.IsNullOrWhiteSpace(front.Title) ? rest : front.Title.Trim() + "\n\n" + rest;
        var result = ArticleParser.ParseText(capture, limits);
        if (result.Article is not { } a) return result;
        return ParseResult.Ok(a with
        {
            Authors = a.Authors.Count > 0 ? a.Authors : [.. Names(front).Distinct(StringComparer.OrdinalIgnoreCase)],
            Url = a.Url ?? ArticleParser.HttpAddress(front.Url ?? front.Source),
            Published = a.Published ?? (front.Published is { } stated && PublishedDate.TryParse(stated, out var date) ? date : null),
            MarkdownBody = true,
            Standfirst = a.Standfirst ?? (excerpt is not null && !Tells(a, excerpt) ? excerpt : null),
        });
    }

    /// <summary>
    /// Whether the article already tells <paramref name="excerpt"/>, the page's description: as its headline,
    /// its caption, or the start of a paragraph's sentence (Reuters's description is the story's first
    /// sentence, often cut short with an ellipsis). Compared by letters and digits alone, at most the first 60.
    /// </summary>
    static bool Tells(Article a, string excerpt)
    {
        var key = Key(excerpt.TrimEnd('…', '.', ' '));
        if (key.Length == 0) return true;
        key = key[..Math.Min(key.Length, 60)];
        return Key(a.Headline).Contains(key, StringComparison.Ordinal) || a.ImageCaption is { } caption && Key(caption).Contains(key, StringComparison.Ordinal)
            || a.Paragraphs.Any(p => Key(p).Contains(key, StringComparison.Ordinal));

        static string Key(string text) => string.Concat(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }

    /// <summary>
    /// The page's layout a tool saving it as Markdown kept as HTML, a line of its own ("<div class="byline">",
    /// "</div>", Pandoc's ":::" divisions; see <see cref="SeedBody.IsPageChrome"/>): the lines go, so that
    /// none closes a teaser's summary or opens the story. The same text back when there is none.
    /// </summary>
    internal static string WithoutLayoutLines(string text)
    {
        if (!text.Contains("\n<", StringComparison.Ordinal) && !text.Contains(":::", StringComparison.Ordinal)) return text;
        var lines = text.Split('\n');
        var kept = lines.Where(line => line.TrimStart() is var t && !(t.Length > 0 && t[0] is '<' or ':' && SeedBody.IsPageChrome(t.AsSpan().TrimEnd()))).ToArray();
        return kept.Length == lines.Length ? text : string.Join('\n', kept);
    }

    /// <summary>
    /// MarkDownload, the browser extension that saves a page as Markdown, writes the page's description under
    /// the title as a quote, "> ## Excerpt" over it, and a rule under it. It is the page's summary for search
    /// engines, not the story: it goes, with its rule, and is given as <paramref name="excerpt"/> (The
    /// Guardian's is the standfirst the page shows under its headline).
    /// </summary>
    internal static string WithoutExcerpt(string text, out string? excerpt)
    {
        excerpt = null;
        var at = text.IndexOf("> ## Excerpt", StringComparison.Ordinal);
        // Only under the title: near the start, at the start of a line.
        if (at < 0 || at > 2000 || at > 0 && text[at - 1] != '\n') return text;
        var end = at;
        var quoted = new List<string>();
        while (end < text.Length && text[end] == '>')
        {
            var next = text.IndexOf('\n', end);
            var line = text.AsSpan(end + 1, (next < 0 ? text.Length : next) - end - 1).Trim();
            if (end > at && !line.IsEmpty) quoted.Add(line.ToString());
            end = next < 0 ? text.Length : next + 1;
        }
        if (quoted.Count > 0) excerpt = string.Join(' ', quoted);
        // The rule under it ("---"), past blank lines.
        var after = end;
        while (after < text.Length && text[after] == '\n') after++;
        var eol = text.IndexOf('\n', after);
        if (eol < 0) eol = text.Length;
        if (TextRules.IsThematicBreak(text.AsSpan(after, eol - after).Trim())) end = Math.Min(text.Length, eol + 1);
        return string.Concat(text.AsSpan(0, at), text.AsSpan(end));
    }

    static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// A page saved as Markdown keeps its photo where it stood, a line of its own, often with the caption on
    /// the line under it: "![NATO chief speaks in Tokyo](https://…/photo.jpg)". Nothing is fetched, so such a
    /// line stands for its alt text, which the capture rules then read as the caption; when the caption
    /// follows anyway, or the alt text is empty, the line goes. The same text back when there is none.
    /// </summary>
    internal static string WithoutImageLines(string text)
    {
        if (!text.Contains("![", StringComparison.Ordinal)) return text;
        var lines = text.Split('\n');
        var kept = new List<string>(lines.Length);
        var changed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (ImageAlt(lines[i].Trim()) is not { } alt)
            {
                kept.Add(lines[i]);
                continue;
            }
            changed = true;
            var next = Array.FindIndex(lines, i + 1, line => !string.IsNullOrWhiteSpace(line));
            var repeated = next >= 0 && TextRules.WithoutLineMarkup(lines[next].AsSpan().Trim()).SequenceEqual(alt);
            if (alt.Length > 0 && !repeated) kept.Add(alt);
        }
        return changed ? string.Join('\n', kept) : text;
    }

    // "![alt](https://…)" or "![alt](https://… \"title\")", one image alone on a line: its alt text; else null.
    static string? ImageAlt(string line)
    {
        if (line.Length < 5 || !line.StartsWith("![", StringComparison.Ordinal) || line[^1] != ')') return null;
        var close = line.IndexOf("](", StringComparison.Ordinal);
        if (close < 2 || line.IndexOf("](", close + 2, StringComparison.Ordinal) >= 0) return null;
        return line[2..close].Trim();
    }

    // "authors" and "author", each a name or a list of names.
    static IEnumerable<string> Names(FrontMatter front) => (front.Authors?.Names ?? []).Concat(front.Author?.Names ?? []);

    static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;

    sealed class FrontMatter
    {
        public string? Headline { get; set; }
        public string? Title { get; set; }
        public string? ImageCaption { get; set; }
        public string? Standfirst { get; set; }
        public NamesYaml? Authors { get; set; }
        public NamesYaml? Author { get; set; }
        public string? Source { get; set; }
        public string? Byline { get; set; }
        public int? ReadTimeMinutes { get; set; }
        public string? Published { get; set; }
        public string? Url { get; set; }
        public DatelineYaml? Dateline { get; set; }
        public string? Credits { get; set; }
        public List<TeaserYaml>? Recommended { get; set; }
    }

    sealed class TeaserYaml
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public bool? Truncated { get; set; }
    }

    /// <summary>
    /// A name or a list of names ("author: Jane Doe", "authors: [Jane Doe, John Roe]"), as page-saving tools
    /// write either under either key. Obsidian's Web Clipper writes each as a note link, "[[Jane Doe]]":
    /// the name is what is inside. Empty items ("-" alone) are skipped.
    /// </summary>
    sealed class NamesYaml : IYamlConvertible
    {
        public List<string> Names { get; } = [];

        public void Read(IParser parser, Type expectedType, ObjectDeserializer nestedObjectDeserializer)
        {
            var items = parser.Current is YamlDotNet.Core.Events.Scalar
                ? [(string?)nestedObjectDeserializer(typeof(string))]
                : (List<string?>?)nestedObjectDeserializer(typeof(List<string?>)) ?? [];
            foreach (var item in items)
                if (NullIfBlank(item) is { } name) Names.Add(WithoutNoteLink(name));
        }

        public void Write(IEmitter emitter, ObjectSerializer nestedObjectSerializer) => throw new NotSupportedException();

        // "[[Jane Doe]]" is Jane Doe; "[[Jane Doe|J. Doe]]" shows its alias.
        static string WithoutNoteLink(string name)
        {
            if (!name.StartsWith("[[", StringComparison.Ordinal) || !name.EndsWith("]]", StringComparison.Ordinal) || name.Length < 5) return name;
            var inner = name[2..^2];
            var bar = inner.LastIndexOf('|');
            return (bar >= 0 ? inner[(bar + 1)..] : inner).Trim();
        }
    }

    /// <summary>Either a mapping {place, agency}, one of them or both, or a string as a capture writes it: "KYIV, Ukraine (AP)".</summary>
    sealed class DatelineYaml : IYamlConvertible
    {
        public string? Place { get; set; }
        public string? Agency { get; set; }
        public string? Text { get; set; }

        public void Read(IParser parser, Type expectedType, ObjectDeserializer nestedObjectDeserializer)
        {
            if (parser.Current is YamlDotNet.Core.Events.Scalar)
            {
                Text = ((string?)nestedObjectDeserializer(typeof(string)))?.Trim();
                return;
            }
            var map = (Dictionary<string, string>?)nestedObjectDeserializer(typeof(Dictionary<string, string>)) ?? [];
            Place = map.GetValueOrDefault("place");
            Agency = map.GetValueOrDefault("agency");
        }

        public void Write(IEmitter emitter, ObjectSerializer nestedObjectSerializer) => throw new NotSupportedException();
    }
}
