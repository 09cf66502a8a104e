using System.Xml.Linq;
using NewsReader.Web.Feeds;

namespace NewsReader.Tests.Pages;

public class FeedTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/authors/sakura-murakami", "Articles by Sakura Murakami · NewsReader")]
    [InlineData("/agencies/reuters", "Articles from Reuters · NewsReader")]
    [InlineData("/places/tokyo", "Articles datelined Tokyo · NewsReader")]
    public async Task EachBrowsePageHasAFeedOfItsArticles(string page, string title)
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync(page + "/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(title, feed.Element(Atom + "title")!.Value);
        Assert.Equal($"http://localhost{page}/feed.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal($"http://localhost/articles/{PageTests.SeedSlug}", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate").Attribute("href")?.Value);

        // The browse page says where its feed is, to a reader and to a feed reader.
        var doc = await client.GetPageAsync(page);
        Assert.Contains(doc.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == page + "/feed.atom");
        Assert.Contains(doc.QuerySelectorAll("main .page-lede a"), a => a.GetAttribute("href") == page + "/feed.atom");
    }

    [Theory]
    [InlineData("/authors/nobody/feed.atom")]
    [InlineData("/editors/sakura-murakami/feed.atom")]
    [InlineData("/authors/Sakura-Murakami/feed.atom")]
    public async Task AFeedOfNoBrowsePageIs404(string path) =>
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(path)).StatusCode);

    [Fact]
    public async Task AtomFeedHasTheRequiredElements()
    {
        var response = await factory.CreateClient().GetAsync("/feed.atom");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" }) Assert.NotNull(feed.Element(Atom + required));
        Assert.NotNull(feed.Element(Atom + "author")?.Element(Atom + "name"));
        Assert.Equal("http://localhost/feed.atom", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));

        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        foreach (var required in new[] { "id", "title", "updated", "summary" }) Assert.NotNull(entry.Element(Atom + required));
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", entry.Element(Atom + "title")!.Value);
        Assert.Equal($"http://localhost/articles/{PageTests.SeedSlug}", entry.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") is null or "alternate").Attribute("href")?.Value);
        Assert.Equal("Sakura Murakami", entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
    }

    [Fact]
    public async Task TheFeedCarriesTheNewestArticlesFirst()
    {
        using var seeds = new TempSeedFolder();
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 60; i++)
        {
            seeds.WithFile($"{i:D2}.txt", $"Story number {i}\n\nBody text.");
            File.SetLastWriteTimeUtc(Path.Combine(seeds.Path, $"{i:D2}.txt"), start.AddDays(i % 2 == 0 ? i : 100 - i));
        }
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var feed = XDocument.Parse(await app.CreateClient().GetStringAsync("/feed.atom")).Root!;

        var titles = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(50, titles.Count);
        Assert.Equal(["Story number 1", "Story number 3", "Story number 5"], titles.Take(3)); // saved on days 99, 97, 95
        var updated = feed.Elements(Atom + "entry").Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderByDescending(u => u), updated);
        Assert.Equal(updated[0], DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/" + PageTests.SeedSlug)]
    [InlineData("/stories")]
    public async Task EveryPageLinksTheFeed(string path)
    {
        var doc = await factory.CreateClient().GetPageAsync(path);
        var link = doc.QuerySelector("link[rel=alternate][type='application/atom+xml']");
        Assert.Equal("/feed.atom", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task SitemapListsTheLibrary()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var xml = XDocument.Parse(await factory.CreateClient().GetStringAsync("/sitemap.xml"));
        var locs = xml.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/", locs);
        Assert.Contains($"http://localhost/articles/{PageTests.SeedSlug}", locs);
        Assert.Contains("http://localhost/authors/sakura-murakami", locs);
        Assert.Contains("http://localhost/places", locs);
        // Home, /stories, the article, its 20 recommended stories' pages, then three browse indexes and the
        // seed's author, agency and place.
        Assert.Equal(29, locs.Count);
    }

    [Fact]
    public void ALibraryPastOneSitemapsLimitGetsAnIndexOfParts()
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var library = Library.Of([.. Enumerable.Range(0, 5).Select(i => $"Story number {i}\n\nBody text.")]);
        List<string> Locs(byte[] xml, string element) => [.. XDocument.Parse(System.Text.Encoding.UTF8.GetString(xml)).Root!.Elements(ns + element).Select(e => e.Element(ns + "loc")!.Value)];
        var whole = Locs(FeedEndpoints.Sitemap(library, "http://x"), "url");
        Assert.Equal(7, whole.Count); // home, /stories and five articles (no author, agency or place to browse)
        Assert.Null(FeedEndpoints.SitemapPart(library, "http://x", 1)); // it fits: no parts

        // Three to a file: an index of three parts that together list the same pages, in the same order.
        Assert.Equal(["http://x/sitemap.xml?part=1", "http://x/sitemap.xml?part=2", "http://x/sitemap.xml?part=3"], Locs(FeedEndpoints.Sitemap(library, "http://x", perFile: 3), "sitemap"));
        var parts = Enumerable.Range(1, 3).Select(part => Locs(FeedEndpoints.SitemapPart(library, "http://x", part, perFile: 3)!, "url")).ToList();
        Assert.Equal([3, 3, 1], parts.Select(p => p.Count));
        Assert.Equal(whole, parts.SelectMany(p => p));
        Assert.Null(FeedEndpoints.SitemapPart(library, "http://x", 0, perFile: 3));
        Assert.Null(FeedEndpoints.SitemapPart(library, "http://x", 4, perFile: 3));
    }

    [Fact]
    public async Task AFileWithANoncharacterLeavesTheFeedWellFormed()
    {
        // U+FFFE decodes from valid UTF-8 but XML cannot hold it: the feed's writer threw, and the whole
        // library's feed answered 500.
        using var seeds = new TempSeedFolder().WithFile("odd.txt", "Odd\uFFFE headline\n\nTOKYO (Reuters) - Yields\uFFFF were flat.\n");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var response = await app.CreateClient().GetAsync("/feed.atom");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry"));
        Assert.Equal("Odd headline", entry.Element(Atom + "title")!.Value);
    }

    [Theory]
    [InlineData("/sitemap.xml?part=1")] // the library fits in one sitemap: it has no parts
    [InlineData("/sitemap.xml?part=0")]
    [InlineData("/sitemap.xml?part=-1")]
    [InlineData("/sitemap.xml?part=abc")]
    [InlineData("/sitemap.xml?part=")]
    [InlineData("/sitemap.xml?part=99999999999")]
    [InlineData("/sitemap-1.xml")]
    public async Task ASitemapPartThatDoesNotExistIsA404(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RobotsNamesTheSitemap()
    {
        var robots = await factory.CreateClient().GetStringAsync("/robots.txt");
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
        Assert.Contains("Disallow: /api/", robots);
        Assert.Contains("Disallow: /search\n", robots); // every query is a page of its own, rendered on the spot
    }
}
