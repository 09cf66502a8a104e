using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Browse;

/// <summary>/authors/{slug}, /agencies/{slug} and /places/{slug}: the articles by one author, from one agency, datelined in one place.</summary>
public sealed class FacetModel(ArticleStore store) : ReaderPageModel
{
    public Facet Facet { get; private set; } = null!;
    public string Heading { get; private set; } = "";

    public IActionResult OnGet(string kind, string slug)
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
        Heading = kind switch
        {
            "authors" => $"Articles by {facet.Name}",
            "agencies" => $"Articles from {facet.Name}",
            _ => $"Articles datelined {facet.Name}",
        };
        var count = facet.Articles.Count;
        Meta = new PageMeta($"{Heading} · NewsReader", $"{count} {(count == 1 ? "article" : "articles")} in the library: {Heading.ToLowerInvariant()}.", $"/{kind}/{slug}")
        {
            Section = "library",
        };
        return Page();
    }
}
