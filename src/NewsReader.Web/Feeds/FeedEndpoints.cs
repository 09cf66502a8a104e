using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsReader.Web.Articles;
using NewsReader.Web.Pages;
using NewsReader.Web.Web;

namespace NewsReader.Web.Feeds;

/// <summary>
/// /feed.atom (Atom 1.0, the most recently saved articles) and one for each browse page
/// (/authors/{slug}/feed.atom, …), /sitemap.xml (everything, split into parts
/// past the protocol's 50,000 addresses) and /robots.txt, all from the current snapshot.
/// </summary>
public static class FeedEndpoints
{
    public const string AtomType = "application/atom+xml";
    const string XmlType = "application/xml; charset=utf-8";

    /// <summary>The sitemap protocol's limit for one file. A larger library gets a sitemap index at
    /// /sitemap.xml naming /sitemap.xml?part=1, ?part=2, … of at most this many addresses each.</summary>
    public const int MaxSitemapUrls = 50_000;

    /// <summary>A feed says what is new; a reader polling it should not fetch the whole library each time
    /// (every article of a 10,000-article library was 5.3 MB). The sitemap lists them all.</summary>
    public const int FeedEntries = 50;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/feed.atom", GetAndHead.Methods, (HttpContext context, ArticleStore store) =>
            Results.Bytes(Atom(store.Current, Origin(context.Request)), $"{AtomType}; charset=utf-8"));
        // The parts are asked for in the query, not as /sitemap-{part}.xml: a parameter in the only segment
        // made routing, which checks the method first, answer any unknown one-segment address asked with POST
        // or TRACE with a 405 that said it existed. The parts stay at the root, as the protocol wants of a
        // sitemap naming pages there.
        app.MapMethods("/sitemap.xml", GetAndHead.Methods, (string? part, HttpContext context, ArticleStore store) =>
            part is null ? Results.Bytes(Sitemap(store.Current, Origin(context.Request)), XmlType)
            : int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
              && SitemapPart(store.Current, Origin(context.Request), number) is { } bytes ? Results.Bytes(bytes, XmlType)
            : Results.NotFound());
        // Each browse page's feed: literal routes for each kind, as the pages have (FacetModel).
        foreach (var kind in LibrarySnapshot.FacetKinds)
            app.MapMethods($"/{kind}/{{slug}}/feed.atom", GetAndHead.Methods, (string slug, HttpContext context, ArticleStore store) =>
                Slug.IsWellFormed(slug) && store.Current.FacetsOf(kind)?.GetValueOrDefault(slug) is { } facet
                    ? Results.Bytes(Atom(facet, kind, Origin(context.Request)), $"{AtomType}; charset=utf-8")
                    : Results.NotFound());
        app.MapMethods("/robots.txt", GetAndHead.Methods, (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /search\n\nSitemap: {Origin(context.Request)}/sitemap.xml\n", "text/plain; charset=utf-8"));
        return app;
    }

    static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    internal static byte[] Atom(LibrarySnapshot library, string origin) =>
        Atom(library.Articles, PageMeta.SiteName, "Captured news articles, as they were saved.", "/", library.Report.LastChanged, origin);

    /// <summary>The feed of one browse page (<c>/authors/{slug}/feed.atom</c>): the articles it lists.</summary>
    internal static byte[] Atom(Facet facet, string kind, string origin) =>
        Atom(facet.Articles, $"{NewsReader.Web.Pages.Browse.FacetModel.HeadingOf(kind, facet)} · {PageMeta.SiteName}", "Captured news articles, as they were saved.",
            $"/{kind}/{facet.Slug}", DateTimeOffset.UnixEpoch, origin);

    // A feed of `articles`, whose page is `path` (its own address is the page's with /feed.atom after it,
    // the site's feed /feed.atom).
    static byte[] Atom(IReadOnlyList<Article> articles, string title, string subtitle, string path, DateTimeOffset emptyUpdated, string origin)
    {
        var updated = articles.Count == 0 ? emptyUpdated : articles.Max(a => a.Updated);
        var feed = new SyndicationFeed(title, subtitle, new Uri(origin + path), origin + path, updated);
        feed.Authors.Add(new SyndicationPerson { Name = PageMeta.SiteName });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(origin + (path == "/" ? "/feed.atom" : path + "/feed.atom")), AtomType));
        // Newest first; articles saved at the same moment keep the library's order (OrderBy is stable).
        feed.Items = articles.OrderByDescending(a => a.Updated).Take(FeedEntries).Select(a =>
        {
            var url = new Uri($"{origin}/articles/{a.Slug}");
            var item = new SyndicationItem(a.Headline, (SyndicationContent?)null, url, url.ToString(), a.Updated)
            {
                Summary = new TextSyndicationContent(Typesetter.Excerpt(a, 300)),
            };
            if (a.Published is { } published) item.PublishDate = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            foreach (var author in a.Authors) item.Authors.Add(new SyndicationPerson { Name = author });
            if (a.Dateline?.Agency is { } agency) item.Contributors.Add(new SyndicationPerson { Name = agency });
            return item;
        }).ToList();
        return Write(writer => new Atom10FeedFormatter(feed).WriteTo(writer));
    }

    const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Every page worth indexing: home, the stories list, each article, each story the library has no
    /// full article for (one that has one is that article's page), then each browse index that lists any name
    /// and its browse pages (by author, agency, place).</summary>
    static IEnumerable<(string Path, DateTimeOffset? Modified)> Pages(LibrarySnapshot library) =>
        new (string, DateTimeOffset?)[] { ("/", null), ("/stories", null) }
            .Concat(library.Articles.Select(a => ($"/articles/{a.Slug}", (DateTimeOffset?)a.Updated)))
            .Concat(library.Stories.Where(s => s.FullArticle is null).Select(s => ($"/stories/{s.Slug}", (DateTimeOffset?)null)))
            .Concat(LibrarySnapshot.FacetKinds.Where(kind => library.FacetsOf(kind)!.Count > 0).SelectMany(kind =>
                library.FacetsOf(kind)!.Values.Select(f => ($"/{kind}/{f.Slug}", (DateTimeOffset?)null)).Prepend(($"/{kind}", (DateTimeOffset?)null))));

    static int PageCount(LibrarySnapshot library) => 2 + library.Articles.Count + library.Stories.Count(s => s.FullArticle is null)
        + LibrarySnapshot.FacetKinds.Sum(kind => library.FacetsOf(kind)!.Count is var names and > 0 ? names + 1 : 0);

    /// <summary>The sitemap, or when the library has more pages than one may list, the index of its parts.</summary>
    internal static byte[] Sitemap(LibrarySnapshot library, string origin, int perFile = MaxSitemapUrls)
    {
        var count = PageCount(library);
        if (count <= perFile) return UrlSet(Pages(library), origin);
        return Write(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNs);
            for (var part = 1; (part - 1) * (long)perFile < count; part++)
            {
                writer.WriteStartElement("sitemap", SitemapNs);
                writer.WriteElementString("loc", SitemapNs, $"{origin}/sitemap.xml?part={part}");
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        });
    }

    /// <summary>Part <paramref name="part"/> (from 1) of a sitemap split by <see cref="Sitemap"/>, or null
    /// when there is no such part (the library fits in one sitemap, or the number is out of range).</summary>
    internal static byte[]? SitemapPart(LibrarySnapshot library, string origin, int part, int perFile = MaxSitemapUrls)
    {
        var count = PageCount(library);
        if (count <= perFile || part < 1 || (part - 1) * (long)perFile >= count) return null;
        return UrlSet(Pages(library).Skip((part - 1) * perFile).Take(perFile), origin);
    }

    static byte[] UrlSet(IEnumerable<(string Path, DateTimeOffset? Modified)> pages, string origin) => Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNs);
        foreach (var (path, modified) in pages)
        {
            writer.WriteStartElement("url", SitemapNs);
            writer.WriteElementString("loc", SitemapNs, origin + path);
            if (modified is { } m) writer.WriteElementString("lastmod", SitemapNs, m.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
    });

    static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            write(writer);
        }
        return stream.ToArray();
    }
}
