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

    // The first kind, /authors, is the page's @page; literal routes, as for the facet pages (FacetModel).
    public static void AddRoutes(PageConventionCollection conventions)
    {
        foreach (var kind in LibrarySnapshot.FacetKinds.Skip(1)) conventions.AddPageRoute("/Browse/FacetIndex", kind);
    }

    /// <summary>The words for one name of a kind and for many ("author", "authors"; "news agency", "news agencies").</summary>
    public static (string One, string Many) NounOf(string kind) => kind switch
    {
        "authors" => ("author", "authors"),
        "agencies" => ("news agency", "news agencies"),
        _ => ("place", "places"),
    };

    public string Kind { get; private set; } = "";
    public string Heading { get; private set; } = "";
    public Paging<Facet> Names { get; private set; } = new([], 1);

    /// <summary>The page's words for one of its kind ("author") and many ("authors").</summary>
    public (string One, string Many) Noun { get; private set; }

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1)
    {
        var library = store.Current;
        Kind = Request.Path.Value!.Trim('/');
        if (library.FacetsOf(Kind) is not { } facets) return NotFound();
        Noun = NounOf(Kind);
        Heading = Kind == "agencies" ? "News agencies" : $"{char.ToUpperInvariant(Kind[0])}{Kind[1..]}";
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
