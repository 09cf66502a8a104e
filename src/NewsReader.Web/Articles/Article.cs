namespace NewsReader.Web.Articles;

/// <summary>One captured news article, as parsed from a seed file. Immutable.</summary>
public sealed record Article(
    string Headline,
    string? ImageCaption,
    IReadOnlyList<string> Authors,
    string? Byline,
    int? ReadTimeMinutes,
    Dateline? Dateline,
    IReadOnlyList<string> Paragraphs,
    string? Credits,
    IReadOnlyList<Teaser> Recommended)
{
    /// <summary>URL name, unique in the library; assigned by the loader, which sees every article.</summary>
    public string Slug { get; init; } = "";

    /// <summary>The file's name inside the seeds folder.</summary>
    public string Source { get; init; } = "";

    /// <summary>The address of the page the capture was taken from, when the capture gives it (http or https only).</summary>
    public string? Url { get; init; }

    /// <summary>
    /// The summary some sites set between the headline and the photo (The Guardian's standfirst, a dek), or
    /// null: the article's own, neither the photo's caption nor the story's first paragraph.
    /// </summary>
    public string? Standfirst { get; init; }

    /// <summary>The publication date the capture states ("Tue, January 31, 2023 at 9:42 PM"), or null.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// Whether <see cref="Paragraphs"/> are Markdown blocks (a Markdown seed: lists, quotes and headings
    /// are meant) rather than plain paragraphs of a text capture, where "1984. That year…" is just text.
    /// </summary>
    public bool MarkdownBody { get; init; }

    /// <summary>When the file was last written: the article's "updated" time in feeds and sitemaps.</summary>
    public DateTimeOffset Updated { get; init; }

    /// <summary>
    /// The paragraph the story opens with, the one that carries the dateline and the excerpt: the first,
    /// unless the body opens with a box of key points over it (<see cref="LedeIndex"/>).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Lede => MarkdownBody ? 0 : LedeIndex(Paragraphs);

    /// <summary>
    /// Where the story's first paragraph stands: 0, or after the key points a page sets over a story
    /// (Reuters.com's "Summary" and its bullets), a heading ("Summary", "Key points", "Highlights", "In
    /// brief", "At a glance") and one bulleted line or more, or two bulleted lines or more without one.
    /// </summary>
    public static int LedeIndex(IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count < 2) return 0;
        var heading = IsKeyPointsHeading(paragraphs[0]) ? 1 : 0;
        if (heading == 0 && !TextRules.StartsWithGlyphBullet(paragraphs[0])) return 0;
        var i = heading;
        while (i < paragraphs.Count && TextRules.StartsWithGlyphBullet(paragraphs[i])) i++;
        var points = i - heading;
        return i < paragraphs.Count && (heading == 1 ? points >= 1 : points >= 2) ? i : 0;
    }

    /// <summary>The heading of a box of key points: "Summary", "Key points:", "Highlights".</summary>
    public static bool IsKeyPointsHeading(ReadOnlySpan<char> paragraph)
    {
        var heading = paragraph.TrimEnd(':').Trim();
        foreach (var name in (ReadOnlySpan<string>)["Summary", "Key points", "Highlights", "In brief", "At a glance", "Key takeaways", "Main points"])
            if (heading.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
