using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsReader.Web.Pages;

namespace NewsReader.Web.Api;

/// <summary>
/// Opt-in paging for the API's lists. Without <c>?page=</c> or <c>?pageSize=</c> a list comes whole, as
/// its contract says; with either, one page of the same array comes back, and the headers say where the
/// others are: <c>Link</c> (RFC 8288: first, prev, next, last) and <c>X-Total-Count</c>.
/// </summary>
public static class ApiPaging
{
    public const int DefaultPageSize = 50, MaxPageSize = 1000;

    public static Results<Ok<IEnumerable<TItem>>, ProblemHttpResult> List<TSource, TItem>(
        HttpContext context, IReadOnlyList<TSource> all, int? page, int? pageSize, Func<TSource, TItem> item)
    {
        if (page is null && pageSize is null) return TypedResults.Ok(all.Select(item));
        var size = pageSize ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize)
            return Problem(StatusCodes.Status400BadRequest, "Page size out of range", $"?pageSize= is from 1 to {MaxPageSize}.");
        var paging = new Paging<TSource>(all, page ?? 1, size); // the pages' own paging: same count, same slices
        var (number, last) = (paging.Page, paging.PageCount);
        if (number < 1)
            return Problem(StatusCodes.Status400BadRequest, "Page out of range", "?page= counts from 1.");
        if (!paging.Exists)
            return Problem(StatusCodes.Status404NotFound, "Page not found", $"This list has {last} {(last == 1 ? "page" : "pages")} of {size}.");

        var headers = context.Response.Headers;
        headers["X-Total-Count"] = all.Count.ToString(CultureInfo.InvariantCulture);
        var path = context.Request.Path.Value;
        string Link(int p, string rel) => $"<{path}?page={p}&pageSize={size}>; rel=\"{rel}\"";
        var links = new List<string> { Link(1, "first") };
        if (number > 1) links.Add(Link(number - 1, "prev"));
        if (number < last) links.Add(Link(number + 1, "next"));
        links.Add(Link(last, "last"));
        headers.Link = string.Join(", ", links);
        return TypedResults.Ok(paging.Items.Select(item));
    }

    static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
