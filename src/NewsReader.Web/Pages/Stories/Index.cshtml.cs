using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Stories;

public sealed class IndexModel(ArticleStore store) : ReaderPageModel
{
    public Paging<Story> Stories { get; private set; } = new([], 1);

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1)
    {
        Stories = new Paging<Story>(store.Current.Stories, page);
        if (!Stories.Exists) return NotFound();
        Meta = new PageMeta(PageMeta.ListTitle("Recommended stories", page),
            $"{Stories.All.Count} stories recommended across the library, with the articles that recommend them.",
            Paging.Href("/stories", page)) { Section = "stories" };
        return Page();
    }
}
