using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Stories;

public sealed class IndexModel(ArticleStore store) : ReaderPageModel
{
    public IReadOnlyList<Story> Stories { get; private set; } = [];

    public void OnGet()
    {
        Stories = store.Current.Stories;
        Meta = new PageMeta("Recommended stories · NewsReader",
            $"{Stories.Count} stories recommended across the library, with the articles that recommend them.",
            "/stories") { Section = "stories" };
    }
}
