using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace NewsReader.Tests.Pages;

/// <summary>Structure shared by every page: language, one h1, landmarks, the skip link, metadata.</summary>
public class PageTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    public const string SeedSlug = "nato-chief-stresses-importance-of-indo-pacific-partners-amid-security-tensions";
    public const string StorySlug = "nato-japan-pledge-to-strengthen-ties-in-face-of-historic-security-threat";

    public static TheoryData<string> Paths => new() { "/", $"/articles/{SeedSlug}", "/stories", $"/stories/{StorySlug}", "/ingestion", "/authors" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task PageHasLanguageOneH1AndLandmarks(string path)
    {
        var doc = await factory.CreateClient().GetPageAsync(path);
        Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));
        Assert.Single(doc.QuerySelectorAll("h1"));
        Assert.Single(doc.QuerySelectorAll("body > header"));
        Assert.NotNull(doc.QuerySelector("header nav[aria-label]"));
        var main = Assert.Single(doc.QuerySelectorAll("main"));
        Assert.Equal("main", main.Id);
        Assert.Single(doc.QuerySelectorAll("body > footer"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task SkipLinkIsTheFirstFocusableElementAndTargetsMain(string path)
    {
        var doc = await factory.CreateClient().GetPageAsync(path);
        var first = doc.QuerySelector("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1'])");
        var link = Assert.IsAssignableFrom<IHtmlAnchorElement>(first);
        Assert.Equal("#main", link.GetAttribute("href"));
        Assert.Contains("skip", link.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task PageHasTitleDescriptionCanonicalAndOpenGraph(string path)
    {
        var doc = await factory.CreateClient().GetPageAsync(path);
        Assert.EndsWith("· NewsReader", doc.Title);
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.EndsWith(path, doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(doc.Title, doc.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
        Assert.NotNull(doc.QuerySelector("meta[property='og:url']"));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task StylesAndScriptsComeFromThisApp(string path)
    {
        var doc = await factory.CreateClient().GetPageAsync(path);
        Assert.All(doc.QuerySelectorAll("link[rel=stylesheet]"), l => Assert.StartsWith("/", l.GetAttribute("href")));
        Assert.All(doc.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/", s.GetAttribute("src")));
        Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(doc.QuerySelectorAll("[style]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/stories")]
    [InlineData("/articles/" + SeedSlug)]
    [InlineData("/api/articles")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/css/site.css")]
    public async Task EveryResponseCarriesSecurityHeaders(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task WithAllowedHostsSetNoPageLinksToAnotherHost()
    {
        using var app = new NewsReaderFactory { Settings = { ["AllowedHosts"] = "news.example.org" } };
        var client = app.CreateClient();

        var foreign = new HttpRequestMessage(HttpMethod.Get, "/");
        foreign.Headers.Host = "evil.example";
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(foreign)).StatusCode);

        var own = new HttpRequestMessage(HttpMethod.Get, "/");
        own.Headers.Host = "news.example.org";
        var doc = await Html.ParseAsync(await client.SendAsync(own));
        Assert.Equal("http://news.example.org/", doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task UnknownArticleShowsTheFriendly404Page()
    {
        var doc = await factory.CreateClient().GetPageAsync("/articles/no-such-article", HttpStatusCode.NotFound);
        Assert.Equal("Page not found", doc.QuerySelector("h1").Text());
        Assert.NotNull(doc.QuerySelector("main a[href='/']"));
    }

    [Theory]
    [InlineData("/articles/nato-chief-warnss-tokyo", "nato chief warnss tokyo")]
    [InlineData("/stories/ferry-timetable-change/", "ferry timetable change")]
    [InlineData("/articles/%3Cscript%3E", "")]
    [InlineData("/no/such/page", "")]
    public async Task The404PageOffersASearchForTheMissingPagesWords(string path, string query)
    {
        var doc = await factory.CreateClient().GetPageAsync(path, HttpStatusCode.NotFound);
        var input = doc.QuerySelector("main form[action='/search'][role=search] input[name=q]");
        Assert.Equal(query, input?.GetAttribute("value"));
        Assert.NotNull(doc.QuerySelector("label[for='search-q']"));
    }

    [Theory]
    [InlineData("/stories/no-such-story")]
    [InlineData("/no/such/page")]
    [InlineData("/articles/UPPER-case")]
    public async Task OtherUnknownAddressesShowThe404Page(string path)
    {
        var doc = await factory.CreateClient().GetPageAsync(path, HttpStatusCode.NotFound);
        Assert.Equal("Page not found", doc.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task AFaultShowsTheErrorPageAndNoStackTrace()
    {
        using var app = new NewsReaderFactory().WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.Configure<MvcOptions>(mvc => mvc.Filters.Add(new FailingPage("/stories")))));

        var doc = await app.CreateClient().GetPageAsync("/stories", HttpStatusCode.InternalServerError);

        Assert.Equal("Something went wrong", doc.QuerySelector("h1").Text());
        Assert.DoesNotContain(FailingPage.Secret, doc.Body!.TextContent);
        Assert.DoesNotContain("Exception", doc.Body!.TextContent);
        Assert.DoesNotContain(" at ", doc.QuerySelector("main")!.TextContent);
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href")); // styled like every page
    }

    [Theory]
    [InlineData("GET", "/error")]
    [InlineData("GET", "/errors/500")]
    [InlineData("GET", "/errors/503")]
    [InlineData("GET", "/errors/404")]
    [InlineData("POST", "/errors/500")]
    [InlineData("DELETE", "/error")]
    public async Task ErrorPagesAskedForDirectlyAreUnknownAddresses(string method, string path)
    {
        // Else any client could make the server answer 5xx, and write error lines to its log, at will.
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).QuerySelector("h1").Text());
    }

    [Theory]
    [InlineData("POST", "/")]
    [InlineData("PUT", "/stories")]
    [InlineData("DELETE", "/articles/nato-chief-stresses-importance-of-indo-pacific-partners-amid-security-tensions")]
    [InlineData("PATCH", "/search?q=nato")]
    [InlineData("TRACE", "/")]
    [InlineData("OPTIONS", "/ingestion")]
    [InlineData("PROPFIND", "/authors/sakura-murakami")]
    [InlineData("POST", "/agencies/reuters")]
    [InlineData("TRACE", "/places/tokyo")]
    [InlineData("POST", "/authors")]
    public async Task APageAnswersOnlyGetAndHead(string method, string path)
    {
        // Was: a POST or PUT failed the antiforgery check (400, "could not understand this request"); a TRACE or
        // OPTIONS rendered the page without running its handler, as a 200 with nothing in it.
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
        var doc = await Html.ParseAsync(response);
        Assert.Equal("This page is for reading", doc.QuerySelector("h1").Text());
        Assert.Equal("/", doc.QuerySelector(".error-links a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("TRACE", "/no/such/page")]
    [InlineData("PROPFIND", "/no/such/page")]
    [InlineData("POST", "/no/such/page")]
    // Addresses shaped like a real one's: routing answered 405 ("Allow: GET, HEAD") for an address that
    // does not exist, because it checked the method before the constraint or the complex segment that would
    // have turned the address down (/{kind:regex(authors|…)}/{slug}, /sitemap-{part:int}.xml).
    [InlineData("TRACE", "/nope")]
    [InlineData("POST", "/nope.xml")]
    [InlineData("DELETE", "/sitemap-x.xml")]
    [InlineData("POST", "/a/b")]
    [InlineData("PUT", "/writers/jane-doe")]
    public async Task TheNotFoundPageAnswersWhateverTheMethod(string method, string path)
    {
        // The status page is re-executed with the failed request's own method: a TRACE found no handler on it
        // and rendered a page without its heading.
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ParseAsync(response)).QuerySelector("h1").Text());
    }

    /// <summary>Makes one page throw, as a bug would, with a detail no reader should see.</summary>
    sealed class FailingPage(string path) : IPageFilter
    {
        public const string Secret = "connection string Password=hunter2";

        public void OnPageHandlerSelected(PageHandlerSelectedContext context) { }
        public void OnPageHandlerExecuted(PageHandlerExecutedContext context) { }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.HttpContext.Request.Path == path) throw new InvalidOperationException(Secret);
        }
    }

    [Fact]
    public async Task ApiUnknownRouteIsProblemJson()
    {
        var response = await factory.CreateClient().GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(404, json.RootElement.GetProperty("status").GetInt32());
    }
}
