namespace NewsReader.Web.Articles;

/// <summary>
/// A recommended story as the library knows it: every teaser with the same title across all articles,
/// the articles that recommend it, and the library's full article when one has that headline.
/// </summary>
public sealed record Story(string Slug, string Title, string? Summary, bool Truncated, IReadOnlyList<Article> RecommendedBy, Article? FullArticle);
