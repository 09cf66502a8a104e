using Microsoft.AspNetCore.Http.HttpResults;
using NewsReader.Web.Articles;
using NewsReader.Web.Search;
using NewsReader.Web.Web;

namespace NewsReader.Web.Api;

public static class SearchApi
{
    public const int MaxResults = 50;

    /// <summary>
    /// GET /api/search?q=&amp;limit=&amp;offset=: ranked hits over articles and recommended stories, from the
    /// <c>offset</c>-th on, and how many match in all.
    /// </summary>
    public static RouteHandlerBuilder MapSearchApi(this IEndpointRouteBuilder app) =>
        app.MapMethods("/api/search", GetAndHead.Methods, Results<Ok<SearchResponse>, ProblemHttpResult> (string? q, int? limit, int? offset, ArticleStore store) =>
        {
            if (string.IsNullOrWhiteSpace(q))
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing query", detail: "Give the words to search for as ?q=.");
            if (q.Length > SearchQuery.MaxLength)
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Query too long", detail: $"A query has at most {SearchQuery.MaxLength} characters.");
            if (offset < 0)
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Negative offset", detail: "?offset= counts the results to skip: 0 or more.");
            var library = store.Current;
            var found = library.Index.Search(q, offset ?? 0, Math.Clamp(limit ?? 20, 1, MaxResults));
            return TypedResults.Ok(new SearchResponse(q, found.Total, offset ?? 0, [.. found.Hits.Select(SearchResult.From)],
                [.. library.FacetsNamed(q).Select(named => new BrowseItem(named.Kind, named.Facet.Slug, named.Facet.Name, named.Facet.Articles.Count))]));
        }).WithTags("Search");
}

/// <param name="Browse">The browse pages the query names: an author, a news agency or a place (<c>/api/{kind}/{slug}</c>).</param>
public sealed record SearchResponse(string Query, int Total, int Offset, IReadOnlyList<SearchResult> Results, IReadOnlyList<BrowseItem> Browse);

/// <param name="Kind">"authors", "agencies" or "places".</param>
public sealed record BrowseItem(string Kind, string Slug, string Name, int ArticleCount);

public sealed record SearchResult(string Kind, string Slug, string Title, string Url, double Score, string Snippet, IReadOnlyList<HighlightItem> Highlights)
{
    public static SearchResult From(SearchHit h) =>
        new(h.Kind, h.Slug, h.Title, h.Url, h.Score, h.Snippet, [.. h.Highlights.Select(x => new HighlightItem(x.Start, x.Length))]);
}

public sealed record HighlightItem(int Start, int Length);
