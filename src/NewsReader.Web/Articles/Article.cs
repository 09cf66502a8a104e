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

    /// <summary>The publication date the capture states ("Tue, January 31, 2023 at 9:42 PM"), or null.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// Whether <see cref="Paragraphs"/> are Markdown blocks (a Markdown seed: lists, quotes and headings
    /// are meant) rather than plain paragraphs of a text capture, where "1984. That year…" is just text.
    /// </summary>
    public bool MarkdownBody { get; init; }

    /// <summary>When the file was last written: the article's "updated" time in feeds and sitemaps.</summary>
    public DateTimeOffset Updated { get; init; }
}
