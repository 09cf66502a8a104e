using Microsoft.AspNetCore.Http.HttpResults;
using NewsReader.Web.Articles;
using NewsReader.Web.Search;
using NewsReader.Web.Web;

namespace NewsReader.Web.Api;

/// <summary>
/// The JSON API: the library, one article, the recommended stories, one story, and the ingestion report.
/// Field names are a contract.
/// </summary>
public static class ArticleApi
{
    public static RouteGroupBuilder MapArticleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Articles");
        api.MapMethods("/articles", GetAndHead.Methods, (int? page, int? pageSize, ArticleStore store, HttpContext context) =>
            ApiPaging.List(context, store.Current.Articles, page, pageSize, ArticleSummary.From));
        api.MapMethods("/articles/{slug}", GetAndHead.Methods, GetArticle);
        // The same stories, in the same order (most recommended first), as the /stories page.
        api.MapMethods("/stories", GetAndHead.Methods, (int? page, int? pageSize, ArticleStore store, HttpContext context) =>
            ApiPaging.List(context, store.Current.Stories, page, pageSize, StorySummary.From)).WithTags("Stories");
        api.MapMethods("/stories/{slug}", GetAndHead.Methods, GetStory).WithTags("Stories");
        api.MapMethods("/ingestion", GetAndHead.Methods, (ArticleStore store) => TypedResults.Ok(IngestionSummary.From(store.Current)));
        return api;
    }

    static Results<Ok<ArticleDetail>, ProblemHttpResult> GetArticle(string slug, ArticleStore store)
    {
        var library = store.Current;
        return Slug.IsWellFormed(slug) && library.Find(slug) is { } article
            ? TypedResults.Ok(ArticleDetail.From(article, library))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Article not found",
                detail: "No article in the library has this slug.");
    }

    static Results<Ok<StoryDetail>, ProblemHttpResult> GetStory(string slug, ArticleStore store) =>
        Slug.IsWellFormed(slug) && store.Current.FindStory(slug) is { } story
            ? TypedResults.Ok(StoryDetail.From(story))
            : TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Story not found",
                detail: "No article in the library recommends a story with this slug.");
}

public sealed record StorySummary(string Slug, string Title, string? Summary, bool Truncated, int RecommendedByCount)
{
    public static StorySummary From(Story s) => new(s.Slug, s.Title, s.Summary, s.Truncated, s.RecommendedBy.Count);
}

/// <param name="FullArticle">The slug of the library's own article with this headline, or null.</param>
public sealed record StoryDetail(string Slug, string Title, string? Summary, bool Truncated, string? FullArticle, IReadOnlyList<ArticleLink> RecommendedBy)
{
    public static StoryDetail From(Story s) => new(
        s.Slug, s.Title, s.Summary, s.Truncated, s.FullArticle?.Slug,
        [.. s.RecommendedBy.Select(a => new ArticleLink(a.Slug, a.Headline))]);
}

public sealed record ArticleLink(string Slug, string Headline);

public sealed record ArticleSummary(string Slug, string Headline, IReadOnlyList<string> Authors, DateOnly? Published, int? ReadTimeMinutes, int RecommendedCount, string Source)
{
    public static ArticleSummary From(Article a) =>
        new(a.Slug, a.Headline, a.Authors, a.Published, a.ReadTimeMinutes, a.Recommended.Count, a.Source);
}

public sealed record ArticleDetail(
    string Slug, string Source, string Headline, string? Standfirst, string? ImageCaption, IReadOnlyList<string> Authors, string? Byline,
    DateOnly? Published, int? ReadTimeMinutes, DatelineItem? Dateline, IReadOnlyList<string> Paragraphs, string? Credits,
    IReadOnlyList<RecommendedItem> Recommended, string? Url)
{
    /// <summary>Recommended stories stay in file order; each carries its relevance to the article.</summary>
    public static ArticleDetail From(Article a, LibrarySnapshot library) => new(
        a.Slug, a.Source, a.Headline, a.Standfirst, a.ImageCaption, a.Authors, a.Byline, a.Published, a.ReadTimeMinutes,
        a.Dateline is { } d ? new DatelineItem(d.Place, d.Agency, d.Date) : null,
        a.Paragraphs, a.Credits,
        [.. library.Index.RankTeasers(a, library.StoryOf).OrderBy(r => r.FileOrder)
            .Select(r => new RecommendedItem(r.Teaser.Title, r.Teaser.Summary, r.Teaser.Truncated, r.Relevance, r.Related, r.Story.Slug))],
        a.Url);
}

/// <param name="Date">The date as the dateline writes it ("March 20"), or null when it has none.</param>
public sealed record DatelineItem(string? Place, string? Agency, string? Date);

/// <param name="Story">The slug of the recommended story (<c>/api/stories/{slug}</c>).</param>
public sealed record RecommendedItem(string Title, string? Summary, bool Truncated, double Relevance, bool Related, string Story);

/// <param name="FolderProblem">Why the seeds folder could not be read ("does not exist"), or null.</param>
public sealed record IngestionSummary(IReadOnlyList<LoadedItem> Loaded, IReadOnlyList<RejectedItem> Rejected, int FileCount, DateTimeOffset LastChanged,
    string? FolderProblem)
{
    public static IngestionSummary From(LibrarySnapshot s) => new(
        [.. s.Report.Loaded.Select(l => new LoadedItem(l.Source, l.Slug, l.SameAs, l.Note))],
        [.. s.Report.Rejected.Select(r => new RejectedItem(r.Source, r.Reason))],
        s.Report.FileCount,
        s.Report.LastChanged,
        s.Report.FolderProblem);
}

/// <param name="SameAs">The file the article is shown from when this one is another capture of it, else null.</param>
/// <param name="Note">How the file was read, when that was a guess ("Read as windows-1251, …"), else null.</param>
public sealed record LoadedItem(string Source, string Slug, string? SameAs, string? Note);

public sealed record RejectedItem(string Source, string Reason);
