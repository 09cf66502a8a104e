using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Browse;

/// <summary>/authors/{slug}, /agencies/{slug} and /places/{slug}: the articles by one author, from one agency, datelined in one place.</summary>
public sealed class FacetModel(ArticleStore store) : ReaderPageModel
{
    /// <summary>
    /// The page's addresses: the first, <c>/authors/{slug}</c>, is its <c>@page</c>; the other kinds' are added
    /// here. Each kind is a literal segment, not a parameter with a constraint: routing
    /// checks the method before a constraint, so <c>/{kind:regex(…)}/{slug}</c> made a POST to any two-segment
    /// address, /a/b included, a 405 that said the address existed.
    /// </summary>
    public static void AddFacetRoutes(PageConventionCollection conventions)
    {
        foreach (var kind in LibrarySnapshot.FacetKinds.Skip(1)) conventions.AddPageRoute("/Browse/Facet", kind + "/{slug}");
    }

    public Facet Facet { get; private set; } = null!;
    public string Heading { get; private set; } = "";
    public Paging<Article> Cards { get; private set; } = new([], 1);
    public string Path { get; private set; } = "";

    /// <summary>The address of every name of this kind (/authors), and what the link says ("all authors").</summary>
    public (string Path, string Text) Index { get; private set; }

    /// <summary>What the browse page of <paramref name="facet"/>, one of <paramref name="kind"/> ("authors"), is called.</summary>
    public static string HeadingOf(string kind, Facet facet) => kind switch
    {
        "authors" => $"Articles by {facet.Name}",
        "agencies" => $"Articles from {facet.Name}",
        _ => $"Articles datelined {facet.Name}",
    };

    public IActionResult OnGet(string slug, [FromQuery(Name = "page")] int page = 1)
    {
        var library = store.Current;
        // The address's first segment, which routing matched literally: "/places/tokyo" is "places".
        var path = Request.Path.Value.AsSpan(1);
        var kind = path[..Math.Max(path.IndexOf('/'), 0)].ToString();
        var facets = library.FacetsOf(kind);
        if (facets is null || !Slug.IsWellFormed(slug) || !facets.TryGetValue(slug, out var facet)) return NotFound();
        Facet = facet;
        Cards = new Paging<Article>(facet.Articles, page);
        if (!Cards.Exists) return NotFound();
        Path = $"/{kind}/{slug}";
        Index = ($"/{kind}", $"all {FacetIndexModel.NounOf(kind).Many}");
        Heading = HeadingOf(kind, facet);
        var count = facet.Articles.Count;
        Meta = new PageMeta($"{Heading} · NewsReader", $"{count} {(count == 1 ? "article" : "articles")} in the library: {Heading.ToLowerInvariant()}.", Paging.Href(Path, page))
        {
            Section = "library",
            Feed = ($"NewsReader: {Heading}", $"/{kind}/{slug}/feed.atom"),
        };
        return Page();
    }
}
