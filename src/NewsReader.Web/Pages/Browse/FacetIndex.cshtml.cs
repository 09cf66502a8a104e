using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Browse;

/// <summary>
/// /authors, /agencies and /places: every author, news agency or dateline place in the library, by name,
/// each with how many articles it has and a link to them (the address a reader gets by cutting
/// /authors/sakura-murakami short).
/// </summary>
public sealed class FacetIndexModel(ArticleStore store) : ReaderPageModel
{
    /// <summary>A page holds this many names: a list of names is short to read, so longer than a page of cards.</summary>
    public const int PageSize = 200;

    // The first, /authors, is the page's @page; literal routes, as for the facet pages (FacetModel).
    static readonly string[] MoreRoutes = ["agencies", "places"];

    public static void AddRoutes(PageConventionCollection conventions)
    {
        foreach (var route in MoreRoutes) conventions.AddPageRoute("/Browse/FacetIndex", route);
    }

    public string Kind { get; private set; } = "";
    public string Heading { get; private set; } = "";
    public Paging<Facet> Names { get; private set; } = new([], 1);

    /// <summary>The page's words for one of its kind ("author") and many ("authors").</summary>
    public (string One, string Many) Noun { get; private set; }

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1)
    {
        var library = store.Current;
        Kind = Request.Path.Value!.Trim('/');
        (FrozenDictionary<string, Facet>? facets, Heading, Noun) = Kind switch
        {
            "authors" => (library.Authors, "Authors", ("author", "authors")),
            "agencies" => (library.Agencies, "News agencies", ("news agency", "news agencies")),
            "places" => (library.Places, "Places", ("place", "places")),
            _ => (null, "", ("", "")),
        };
        if (facets is null) return NotFound();
        // Sorted here, once a snapshot: the rendered page is cached until the library changes.
        Names = new Paging<Facet>(Facet.ByName(facets.Values), page, PageSize);
        if (!Names.Exists) return NotFound();
        var count = Names.All.Count;
        Meta = new PageMeta(PageMeta.ListTitle(Heading, page),
            $"{count} {(count == 1 ? Noun.One : Noun.Many)} in the library, by name, each with its articles.",
            Paging.Href("/" + Kind, page)) { Section = "library" };
        return Page();
    }
}
