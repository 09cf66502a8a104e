using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages;

public sealed class IndexModel(ArticleStore store) : ReaderPageModel
{
    public LibrarySnapshot Library { get; private set; } = LibrarySnapshot.Empty;
    public Paging<Article> Cards { get; private set; } = new([], 1);

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1)
    {
        Library = store.Current;
        Cards = new Paging<Article>(Library.Articles, page);
        if (!Cards.Exists) return NotFound();
        var count = Library.Articles.Count;
        Meta = new PageMeta(page > 1 ? $"Library, page {page} · NewsReader" : "Library · NewsReader",
            count == 0 ? "The NewsReader library is empty." : $"{count} captured news {(count == 1 ? "article" : "articles")}, ready to read.",
            Paging.Href("/", page)) { Section = "library" };
        return Page();
    }
}
