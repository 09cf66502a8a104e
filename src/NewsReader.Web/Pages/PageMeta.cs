namespace NewsReader.Web.Pages;

/// <summary>What the layout puts in &lt;head&gt; for a page: title, description, canonical path, OpenGraph and JSON-LD.</summary>
public sealed record PageMeta(string Title, string Description, string Path)
{
    public const string SiteName = "NewsReader";

    public string OgType { get; init; } = "website";
    public IReadOnlyList<string> ArticleAuthors { get; init; } = [];
    public string? JsonLd { get; init; }

    /// <summary>A feed of what this page lists besides the site's (a browse page's), as the layout links it: its title and address.</summary>
    public (string Title, string Path)? Feed { get; init; }

    /// <summary>Which main navigation entry this page belongs to, for aria-current.</summary>
    public string? Section { get; init; }

    /// <summary>A list page's window title: "Library · NewsReader", then "Library, page 2 · NewsReader".</summary>
    public static string ListTitle(string title, int page) => page > 1 ? $"{title}, page {page} · {SiteName}" : $"{title} · {SiteName}";

    public static PageMeta Default { get; } = new(SiteName, "A calm reader for captured news articles.", "/");
}
