using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;
using NewsReader.Web.Search;

namespace NewsReader.Web.Pages.Search;

public sealed class IndexModel(ArticleStore store) : ReaderPageModel
{
    /// <summary>Results a page: what a reader takes in at a glance, as search engines and news sites show.</summary>
    public const int PageSize = 20;

    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Query { get; set; }

    public SearchResults Results { get; private set; } = SearchResults.None;

    /// <summary>The browse pages the query names (an author, an agency, a place), on the first page of results.</summary>
    public IReadOnlyList<(string Kind, Facet Facet)> BrowsePages { get; private set; } = [];
    public bool Searched => !string.IsNullOrWhiteSpace(Query);

    public int PageNumber { get; private set; } = 1;
    public int PageCount => Paging.PageCount(Results.Total, PageSize);
    public int FirstNumber => (PageNumber - 1) * PageSize + 1;
    public int LastNumber => FirstNumber + Results.Hits.Count - 1;

    /// <summary>This search's address, which the pager builds on.</summary>
    public string Path => Searched ? $"/search?q={Uri.EscapeDataString(Query!)}" : "/search";

    public static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1)
    {
        if (Query is { Length: > SearchQuery.MaxLength }) Query = Query[..SearchQuery.MaxLength];
        if (page < 1 || (long)(page - 1) * PageSize > int.MaxValue) return NotFound();
        PageNumber = page;
        if (Searched)
        {
            var library = store.Current;
            Results = library.Index.Search(Query, (page - 1) * PageSize, PageSize);
            if (page == 1) BrowsePages = library.FacetsNamed(Query!);
        }
        if (page > PageCount) return NotFound();
        Meta = new PageMeta(Searched ? PageMeta.ListTitle($"Search: {Query}", page) : "Search · NewsReader",
            "Search the headlines, articles, captions, authors and recommended stories in the library.", "/search")
        {
            Section = "search",
        };
        return Page();
    }
}
