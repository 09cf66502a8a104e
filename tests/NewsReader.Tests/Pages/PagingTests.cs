using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.SeedGenerator;

namespace NewsReader.Tests.Pages;

/// <summary>Long lists come 50 to a page with previous/next links; a page past the end is a 404.</summary>
public sealed class PagingTests : IDisposable
{
    readonly TempSeedFolder _seeds = new();
    readonly NewsReaderFactory _app;

    public PagingTests()
    {
        SyntheticLibrary.WriteTo(_seeds.Path, 120);
        _app = new NewsReaderFactory { SeedsPath = _seeds.Path };
    }

    public void Dispose()
    {
        _app.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task LibraryShowsFiftyCardsAPageWithLinksBetweenPages()
    {
        var client = _app.CreateClient();
        var first = await client.GetPageAsync("/");
        Assert.Equal(50, first.QuerySelectorAll(".card").Length);
        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("Page 1 of 3", first.QuerySelector(".pager-where").Text());

        var last = await client.GetPageAsync("/?page=3");
        Assert.Equal(20, last.QuerySelectorAll(".card").Length);
        Assert.Equal("101", last.QuerySelector("ol.cards")?.GetAttribute("start"));
        Assert.Equal("/?page=2", last.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.EndsWith("/?page=3", last.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));

        var firstTitles = first.QuerySelectorAll(".card h2").Select(h => h.Text()).ToHashSet();
        Assert.DoesNotContain(last.QuerySelectorAll(".card h2").Select(h => h.Text()), firstTitles.Contains);
    }

    [Theory]
    [InlineData("/?page=4")]
    [InlineData("/?page=0")]
    [InlineData("/?page=-1")]
    [InlineData("/stories?page=9999")]
    [InlineData("/search?q=energy&page=0")]
    [InlineData("/search?q=xqzzvv&page=2")]
    [InlineData("/search?page=2")]
    [InlineData("/search?q=energy&page=2147483647")]
    // Not a page number at all: no page, as for 0, rather than page 1 under another address.
    [InlineData("/?page=abc")]
    [InlineData("/?page=99999999999")]
    [InlineData("/?page=1.5")]
    [InlineData("/stories?page=two")]
    [InlineData("/search?q=energy&page=x")]
    [InlineData("/places/tokyo?page=abc")]
    public async Task PagePastTheEndIs404(string path) =>
        Assert.Equal("Page not found", (await _app.CreateClient().GetPageAsync(path, HttpStatusCode.NotFound)).QuerySelector("h1").Text());

    [Fact]
    public async Task StoriesArePagedToo()
    {
        var doc = await _app.CreateClient().GetPageAsync("/stories");
        Assert.Equal(50, doc.QuerySelectorAll(".story-item").Length);
        Assert.Equal("/stories?page=2", doc.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchResultsComeTwentyAPageCountingEveryMatch()
    {
        var client = _app.CreateClient();
        var api = await client.GetFromJsonAsync<JsonElement>("/api/search?q=energy+prices&limit=50");
        var total = api.GetProperty("total").GetInt32();
        Assert.InRange(total, 41, 5000); // enough for three pages
        var pages = (total + 19) / 20;

        var first = await client.GetPageAsync("/search?q=energy+prices");
        Assert.Equal(20, first.QuerySelectorAll(".results .result").Length);
        Assert.Equal($"Showing 1–20 of {total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} results for energy prices", Squeeze(first.QuerySelector(".page-lede").Text()));
        Assert.Equal("/search?q=energy%20prices&page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Equal($"Page 1 of {pages}", first.QuerySelector(".pager-where").Text());

        var second = await client.GetPageAsync("/search?q=energy%20prices&page=2");
        Assert.Equal("21", second.QuerySelector("ol.results")?.GetAttribute("start"));
        Assert.Equal("Search: energy prices, page 2 · NewsReader", second.Title);
        Assert.Equal("/search?q=energy%20prices", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        var titles = second.QuerySelectorAll(".result-title").Select(h => h.Text()).ToList();
        var apiTitles = api.GetProperty("results").EnumerateArray().Skip(20).Take(20).Select(r => r.GetProperty("title").GetString()!);
        Assert.Equal(apiTitles.Select(t => NewsReader.Web.Pages.Typesetter.PunctuatePlain(t)), titles);
        Assert.Empty(titles.Intersect(first.QuerySelectorAll(".result-title").Select(h => h.Text())));

        var last = await client.GetPageAsync($"/search?q=energy+prices&page={pages}");
        Assert.Equal(total - 20 * (pages - 1), last.QuerySelectorAll(".results .result").Length);
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        await client.GetPageAsync($"/search?q=energy+prices&page={pages + 1}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheSearchApiPagesWithAnOffset()
    {
        var client = _app.CreateClient();
        var all = await client.GetFromJsonAsync<JsonElement>("/api/search?q=energy&limit=30");
        var page = await client.GetFromJsonAsync<JsonElement>("/api/search?q=energy&limit=10&offset=20");
        Assert.Equal(all.GetProperty("total").GetInt32(), page.GetProperty("total").GetInt32());
        Assert.Equal(20, page.GetProperty("offset").GetInt32());
        Assert.Equal(all.GetProperty("results").EnumerateArray().Skip(20).Select(r => r.GetProperty("slug").GetString()),
            page.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("slug").GetString()));

        var negative = await client.GetAsync("/api/search?q=energy&offset=-1");
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        Assert.Equal("application/problem+json", negative.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ApiListsComeWholeUnlessAPageIsAskedForThenLinkTheirOtherPages()
    {
        var client = _app.CreateClient();
        var whole = await client.GetAsync("/api/articles");
        var all = (await whole.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToList();
        Assert.Equal(120, all.Count);
        Assert.False(whole.Headers.Contains("Link"));

        for (var ask = 0; ask < 2; ask++) // the second answer comes from the rendered-response cache
        {
            var response = await client.GetAsync("/api/articles?page=2&pageSize=50");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var slugs = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("slug").GetString());
            Assert.Equal(all.Skip(50).Take(50), slugs);
            Assert.Equal("120", Assert.Single(response.Headers.GetValues("X-Total-Count")));
            Assert.Equal("</api/articles?page=1&pageSize=50>; rel=\"first\", </api/articles?page=1&pageSize=50>; rel=\"prev\", "
                + "</api/articles?page=3&pageSize=50>; rel=\"next\", </api/articles?page=3&pageSize=50>; rel=\"last\"",
                string.Join(", ", response.Headers.GetValues("Link")));
        }

        var last = await client.GetAsync("/api/articles?page=3");
        Assert.Equal(all.Skip(100), (await last.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("slug").GetString()));
        Assert.DoesNotContain("rel=\"next\"", string.Join(", ", last.Headers.GetValues("Link")));

        var stories = await client.GetFromJsonAsync<JsonElement>("/api/stories?pageSize=10");
        Assert.Equal(10, stories.GetArrayLength());
    }

    [Theory]
    [InlineData("/api/articles?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?pageSize=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/stories?pageSize=1001", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?page=4", HttpStatusCode.NotFound)]
    [InlineData("/api/articles?page=x", HttpStatusCode.BadRequest)]
    public async Task AnApiPageOutOfRangeIsAProblem(string path, HttpStatusCode status)
    {
        var response = await _app.CreateClient().GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    static string Squeeze(string text) => string.Join(' ', text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task ASmallLibraryHasNoPager()
    {
        using var app = new NewsReaderFactory();
        Assert.Null((await app.CreateClient().GetPageAsync("/")).QuerySelector(".pager"));
    }
}
