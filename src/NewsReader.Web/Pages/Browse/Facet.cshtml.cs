using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Browse;

/// <summary>/authors/{slug}, /agencies/{slug} and /places/{slug}: the articles by one author, from one agency, datelined in one place.</summary>
public sealed class FacetModel(ArticleStore store) : ReaderPageModel
{
    public Facet Facet { get; private set; } = null!;
    public string Heading { get; private set; } = "";
    public Paging<Article> Cards { get; private set; } = new([], 1);
    public string Path { get; private set; } = "";

    public IActionResult OnGet(string kind, string slug, [FromQuery(Name = "page")] int page = 1)
    {
        var library = store.Current;
        var facets = kind switch
        {
            "authors" => library.Authors,
            "agencies" => library.Agencies,
            "places" => library.Places,
            _ => null,
        };
        if (facets is null || !Slug.IsWellFormed(slug) || !facets.TryGetValue(slug, out var facet)) return NotFound();
        Facet = facet;
        Cards = new Paging<Article>(facet.Articles, page);
        if (!Cards.Exists) return NotFound();
        Path = $"/{kind}/{slug}";
        Heading = kind switch
        {
            "authors" => $"Articles by {facet.Name}",
            "agencies" => $"Articles from {facet.Name}",
            _ => $"Articles datelined {facet.Name}",
        };
        var count = facet.Articles.Count;
        Meta = new PageMeta($"{Heading} · NewsReader", $"{count} {(count == 1 ? "article" : "articles")} in the library: {Heading.ToLowerInvariant()}.", Paging.Href(Path, page))
        {
            Section = "library",
        };
        return Page();
    }
}
