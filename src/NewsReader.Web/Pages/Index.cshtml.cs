using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages;

public sealed class IndexModel(ArticleStore store) : ReaderPageModel
{
    public LibrarySnapshot Library { get; private set; } = LibrarySnapshot.Empty;

    public void OnGet()
    {
        Library = store.Current;
        var count = Library.Articles.Count;
        Meta = new PageMeta("Library · NewsReader",
            count == 0 ? "The NewsReader library is empty." : $"{count} captured news {(count == 1 ? "article" : "articles")}, ready to read.",
            "/") { Section = "library" };
    }
}
