using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;
using NewsReader.Web.Search;

namespace NewsReader.Web.Pages.Search;

public sealed class IndexModel(ArticleStore store) : ReaderPageModel
{
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Query { get; set; }

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];
    public bool Searched => !string.IsNullOrWhiteSpace(Query);

    public void OnGet()
    {
        if (Query is { Length: > SearchQuery.MaxLength }) Query = Query[..SearchQuery.MaxLength];
        if (Searched) Hits = store.Current.Index.Search(Query, 30);
        Meta = new PageMeta(Searched ? $"Search: {Query} · NewsReader" : "Search · NewsReader",
            "Search the headlines, articles, captions, authors and recommended stories in the library.", "/search")
        {
            Section = "search",
        };
    }
}
