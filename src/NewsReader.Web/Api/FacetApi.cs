using Microsoft.AspNetCore.Http.HttpResults;
using NewsReader.Web.Articles;
using NewsReader.Web.Web;

namespace NewsReader.Web.Api;

/// <summary>
/// The browse pages' data: <c>/api/authors</c>, <c>/api/agencies</c>, <c>/api/places</c> (every name, by
/// name, as /authors lists them) and one name's articles (<c>/api/authors/{slug}</c>, as /authors/{slug}).
/// Literal routes for each kind, as the pages have.
/// </summary>
public static class FacetApi
{
    public static void MapFacetApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Browse");
        foreach (var kind in LibrarySnapshot.FacetKinds)
        {
            api.MapMethods($"/{kind}", GetAndHead.Methods, (int? page, int? pageSize, ArticleStore store, HttpContext context) =>
                ApiPaging.List(context, Facet.ByName(store.Current.FacetsOf(kind)!.Values), page, pageSize, FacetSummary.From));
            api.MapMethods($"/{kind}/{{slug}}", GetAndHead.Methods, Results<Ok<FacetDetail>, ProblemHttpResult> (string slug, ArticleStore store) =>
                Slug.IsWellFormed(slug) && store.Current.FacetsOf(kind)!.TryGetValue(slug, out var facet)
                    ? TypedResults.Ok(FacetDetail.From(facet))
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle(kind), detail: $"No article in the library has this slug among its {kind}."));
        }
    }

    static string NotFoundTitle(string kind) => kind switch
    {
        "authors" => "Author not found",
        "agencies" => "News agency not found",
        _ => "Place not found",
    };
}

public sealed record FacetSummary(string Slug, string Name, int ArticleCount)
{
    public static FacetSummary From(Facet f) => new(f.Slug, f.Name, f.Articles.Count);
}

/// <param name="Articles">In library order, as on the browse page.</param>
public sealed record FacetDetail(string Slug, string Name, IReadOnlyList<ArticleSummary> Articles)
{
    public static FacetDetail From(Facet f) => new(f.Slug, f.Name, [.. f.Articles.Select(ArticleSummary.From)]);
}
