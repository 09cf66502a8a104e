using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages;

public sealed class IndexModel(ArticleStore store) : ReaderPageModel
{
    public LibrarySnapshot Library { get; private set; } = LibrarySnapshot.Empty;
    public Paging<Article> Cards { get; private set; } = new([], 1);

    /// <summary>Most recently saved first (<c>?sort=newest</c>), rather than the stable file-name order.</summary>
    public bool Newest { get; private set; }

    /// <summary>This order's address, which the pager builds on.</summary>
    public string Path => Newest ? "/?sort=newest" : "/";

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1, [FromQuery(Name = "sort")] string? sort = null)
    {
        if (sort is not (null or "newest")) return NotFound();
        Library = store.Current;
        Newest = sort == "newest";
        // OrderByDescending is stable: articles saved at the same moment keep the file-name order.
        Cards = new Paging<Article>(Newest ? [.. Library.Articles.OrderByDescending(a => a.Updated)] : Library.Articles, page);
        if (!Cards.Exists) return NotFound();
        var count = Library.Articles.Count;
        var title = Newest ? "Library, newest first" : "Library";
        Meta = new PageMeta(PageMeta.ListTitle(title, page),
            count == 0 ? "The NewsReader library is empty." : $"{count} captured news {(count == 1 ? "article" : "articles")}, ready to read.",
            Paging.Href(Path, page)) { Section = "library" };
        return Page();
    }
}
