using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using NewsReader.Web.Articles;
using NewsReader.Web.Pages;

namespace NewsReader.Web.Feeds;

/// <summary>
/// /feed.atom (Atom 1.0, the most recently saved articles), /sitemap.xml (everything) and /robots.txt, all
/// from the current snapshot.
/// </summary>
public static class FeedEndpoints
{
    public const string AtomType = "application/atom+xml";

    /// <summary>A feed says what is new; a reader polling it should not fetch the whole library each time
    /// (every article of a 10,000-article library was 5.3 MB). The sitemap lists them all.</summary>
    public const int FeedEntries = 50;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", (HttpContext context, ArticleStore store) =>
            Results.Bytes(Atom(store.Current, Origin(context.Request)), $"{AtomType}; charset=utf-8"));
        app.MapGet("/sitemap.xml", (HttpContext context, ArticleStore store) =>
            Results.Bytes(Sitemap(store.Current, Origin(context.Request)), "application/xml; charset=utf-8"));
        app.MapGet("/robots.txt", (HttpContext context) =>
            Results.Text($"User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {Origin(context.Request)}/sitemap.xml\n", "text/plain; charset=utf-8"));
        return app;
    }

    static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    internal static byte[] Atom(LibrarySnapshot library, string origin)
    {
        var updated = library.Articles.Count == 0 ? library.Report.LastChanged : library.Articles.Max(a => a.Updated);
        var feed = new SyndicationFeed(PageMeta.SiteName, "Captured news articles, as they were saved.", new Uri(origin + "/"), origin + "/", updated);
        feed.Authors.Add(new SyndicationPerson { Name = PageMeta.SiteName });
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(origin + "/feed.atom"), AtomType));
        // Newest first; articles saved at the same moment keep the library's order (OrderBy is stable).
        feed.Items = library.Articles.OrderByDescending(a => a.Updated).Take(FeedEntries).Select(a =>
        {
            var url = new Uri($"{origin}/articles/{a.Slug}");
            var item = new SyndicationItem(a.Headline, (SyndicationContent?)null, url, url.ToString(), a.Updated)
            {
                Summary = new TextSyndicationContent(Typesetter.Excerpt(a, 300)),
            };
            foreach (var author in a.Authors) item.Authors.Add(new SyndicationPerson { Name = author });
            if (a.Dateline?.Agency is { } agency) item.Contributors.Add(new SyndicationPerson { Name = agency });
            return item;
        }).ToList();
        return Write(writer => new Atom10FeedFormatter(feed).WriteTo(writer));
    }

    internal static byte[] Sitemap(LibrarySnapshot library, string origin) => Write(writer =>
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        writer.WriteStartElement("urlset", ns);
        void Url(string path, DateTimeOffset? modified)
        {
            writer.WriteStartElement("url", ns);
            writer.WriteElementString("loc", ns, origin + path);
            if (modified is { } m) writer.WriteElementString("lastmod", ns, m.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ"));
            writer.WriteEndElement();
        }
        Url("/", null);
        Url("/stories", null);
        foreach (var a in library.Articles) Url($"/articles/{a.Slug}", a.Updated);
        foreach (var s in library.Stories.Where(s => s.FullArticle is null)) Url($"/stories/{s.Slug}", null);
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
