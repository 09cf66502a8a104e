namespace NewsReader.Web.Search;

/// <summary>One search result: an article or a recommended story, with a snippet whose matches are marked.</summary>
public sealed record SearchHit(string Kind, string Slug, string Title, double Score, string Snippet, IReadOnlyList<Highlight> Highlights)
{
    public const string ArticleKind = "article";
    public const string StoryKind = "story";

    public string Url => Kind == ArticleKind ? $"/articles/{Slug}" : $"/stories/{Slug}";
}

/// <summary>A marked stretch of a snippet, in UTF-16 code units.</summary>
public readonly record struct Highlight(int Start, int Length);

/// <summary>One page of a search's hits, and how many documents match in all.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits)
{
    public static SearchResults None { get; } = new(0, []);
}
