namespace NewsReader.Web.Articles;

/// <summary>
/// A recommended story as the library knows it: every teaser with the same title across all articles,
/// the articles that recommend it, and the library's full article when one has that headline.
/// </summary>
public sealed record Story(string Slug, string Title, string? Summary, bool Truncated, IReadOnlyList<Article> RecommendedBy)
{
    readonly Lazy<Article?[]>? _fullArticles;
    readonly int _position;

    /// <param name="fullArticles">The full article of every story of the snapshot, by position: found once for
    /// all of them, on first use (the snapshot warms it in the background), so it does not delay start-up.</param>
    internal Story(string slug, string title, string? summary, bool truncated, IReadOnlyList<Article> recommendedBy, Lazy<Article?[]> fullArticles, int position)
        : this(slug, title, summary, truncated, recommendedBy)
    {
        _fullArticles = fullArticles;
        _position = position;
    }

    /// <summary>The library's article with this headline, exactly or closely enough (<see cref="HeadlineMatch"/>).</summary>
    public Article? FullArticle => _fullArticles?.Value[_position];
}
