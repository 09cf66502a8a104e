using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Web;

namespace NewsReader.Tests.Pages;

public class ResponseCacheTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    const string Article = $"/articles/{PageTests.SeedSlug}";

    [Theory]
    [InlineData("/")]
    [InlineData(Article)]
    [InlineData("/stories")]
    [InlineData("/places")]
    [InlineData("/api/articles")]
    [InlineData($"/api/articles/{PageTests.SeedSlug}")]
    [InlineData("/api/stories")]
    [InlineData("/api/places/tokyo")]
    [InlineData($"/api/stories/{PageTests.StorySlug}")]
    [InlineData("/feed.atom")]
    public async Task EveryPageAndApiResponseHasAnETagAndAnswers304WhenItMatches(string path)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(path);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(etag);
        var second = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());

        var stale = new HttpRequestMessage(HttpMethod.Get, path);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task ResponsesAreCompressedWhenTheClientAsks(string encoding)
    {
        var client = factory.CreateClient();
        var plain = await client.GetByteArrayAsync(Article);
        var request = new HttpRequestMessage(HttpMethod.Get, Article);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        var response = await client.SendAsync(request);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} of {plain.Length}");
        Assert.Equal(plain, ContentCoding.Decode(compressed, encoding));
        Assert.NotEqual(response.Headers.ETag, (await client.GetAsync(Article)).Headers.ETag); // one tag per representation
    }

    [Fact]
    public async Task AnyTagInAListMatches()
    {
        var client = factory.CreateClient();
        var etag = (await client.GetAsync(Article)).Headers.ETag!.Tag;
        var conditional = new HttpRequestMessage(HttpMethod.Get, Article);
        conditional.Headers.TryAddWithoutValidation("If-None-Match", $"\"0000\" ,W/{etag},\"1111\"");
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
    }

    [Theory]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("gzip;q=0", null)]
    [InlineData("GZIP", "gzip")]
    [InlineData("x-gzip", "gzip")]
    [InlineData("gzip, br", "br")] // a tie: the smaller
    [InlineData("gzip, br;q=0.5", "gzip")] // the client's ranking, not ours
    [InlineData("gzip;q=0.002, br;q=0.001", "gzip")]
    [InlineData("*", "br")]
    [InlineData("*;q=0", null)]
    [InlineData("br;q=0, *", "gzip")]
    [InlineData("gzip;q=0.8, *;q=0.9", "br")]
    [InlineData("identity, gzip;q=0.5", null)]
    [InlineData("identity;q=0.1, gzip;q=0.5", "gzip")]
    [InlineData("deflate, compress", null)]
    public async Task TheClientsWeightsChooseTheEncoding(string acceptEncoding, string? expected)
    {
        var client = factory.CreateClient();
        var plain = await client.GetByteArrayAsync(Article);
        var request = new HttpRequestMessage(HttpMethod.Get, Article);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(plain, expected is null ? body : ContentCoding.Decode(body, expected));
    }

    [Fact]
    public async Task ReadingSettingsAreNotServedFromAnotherReadersCache()
    {
        var client = factory.CreateClient();
        await client.GetAsync(Article);
        var dark = new HttpRequestMessage(HttpMethod.Get, Article);
        dark.Headers.Add("Cookie", "reader=dark.m.serif.normal");
        var doc = await Html.ParseAsync(await client.SendAsync(dark));
        Assert.Equal("dark", doc.DocumentElement.GetAttribute("data-theme"));
        Assert.Equal("auto", (await client.GetPageAsync(Article)).DocumentElement.GetAttribute("data-theme"));
    }

    [Fact]
    public async Task NewSnapshotReplacesCachedPages()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var before = await client.GetAsync("/");
        Assert.Single((await Html.ParseAsync(before)).QuerySelectorAll(".card"));

        seeds.WithFile("second.txt", "Second story lands\n\nPARIS - It landed.");
        await app.WaitForAsync(s => s.Articles.Count == 2);
        var after = await client.GetAsync("/");
        Assert.Equal(2, (await Html.ParseAsync(after)).QuerySelectorAll(".card").Length);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task APageLargerThanOneBufferBlockIsServedWholeAndTheSameEachTime()
    {
        // 400 paragraphs of about 300 characters: a page of well over the 64 KiB in which answers are rendered.
        var paragraphs = Enumerable.Range(1, 400).Select(i => $"Paragraph {i} of the long report. " + string.Concat(Enumerable.Repeat("The harbour opened again today. ", 8)));
        using var seeds = new TempSeedFolder().WithFile("long.txt", "A long report\n\nOSLO (AP) - " + string.Join("\n\n", paragraphs));
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var slug = (await client.GetPageAsync("/")).QuerySelector(".card a")!.GetAttribute("href")!;

        var first = await client.GetByteArrayAsync(slug);
        var second = await client.GetByteArrayAsync(slug);

        Assert.True(first.Length > 96 * 1024, $"{first.Length} bytes"); // more than one block
        Assert.Equal(first, second);
        var html = Encoding.UTF8.GetString(first);
        Assert.DoesNotContain("\n    <", html);
        Assert.EndsWith("</html>", html.TrimEnd());
        var doc = await client.GetPageAsync(slug);
        Assert.StartsWith("Paragraph 400 of the long report.", doc.QuerySelectorAll(".story-body > p").Last().TextContent);
    }

    [Fact]
    public async Task ErrorsAndHeadRequestsBehave()
    {
        var client = factory.CreateClient();
        var missing = await client.GetAsync("/articles/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Article));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 1000);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PagesLoseTheirIndentationButNotTheirText()
    {
        var html = Encoding.UTF8.GetString(await factory.CreateClient().GetByteArrayAsync(Article));
        Assert.DoesNotContain("\n    <", html);
        var doc = await factory.CreateClient().GetPageAsync(Article);
        Assert.Equal(8, doc.QuerySelectorAll(".story-body > p").Length);
    }

    [Theory]
    [InlineData("/")]
    [InlineData(Article)]
    [InlineData("/stories")]
    [InlineData("/authors/sakura-murakami")]
    public async Task NoIndentationIsLeftInsideALine(string path)
    {
        var html = Encoding.UTF8.GetString(await factory.CreateClient().GetByteArrayAsync(path));
        Assert.DoesNotMatch(@"\S {4,}", html); // Razor's indentation after a code block, left mid-line
    }
}

public class SearchCacheTests
{
    static ResponseCacheStatistics Statistics(NewsReaderFactory app) => app.Services.GetRequiredService<ResponseCacheStatistics>();

    [Fact]
    public async Task ASearchAskedOnceIsNotKeptButHasAnETagThatAnswers304()
    {
        using var app = new NewsReaderFactory();
        var client = app.CreateClient();
        var first = await client.GetAsync("/search?q=nato+japan");
        Assert.Equal(0, Statistics(app).SearchesStored);
        Assert.NotNull(first.Headers.ETag);

        var conditional = new HttpRequestMessage(HttpMethod.Get, "/search?q=nato+japan");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);
    }

    [Fact]
    public async Task ASearchAskedTwiceIsKeptAndThenServedFromMemory()
    {
        using var app = new NewsReaderFactory();
        var client = app.CreateClient();
        var first = await client.GetAsync("/search?q=nato+japan");
        var second = await client.GetAsync("/search?q=nato+japan");
        Assert.Equal(1, Statistics(app).SearchesStored);
        var hitsBefore = Statistics(app).Hits;

        var third = await client.GetAsync("/search?q=nato+japan");

        Assert.Equal(hitsBefore + 1, Statistics(app).Hits);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(first.Headers.ETag, third.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ALongAddressIsCachedLikeAShortOne()
    {
        using var app = new NewsReaderFactory();
        var client = app.CreateClient();
        var path = "/search?q=nato+" + string.Join('+', Enumerable.Repeat("japan", 200)); // key past the stack buffer
        var first = await client.GetStringAsync(path);
        await client.GetStringAsync(path); // the second ask keeps it
        var hits = Statistics(app).Hits;

        Assert.Equal(first, await client.GetStringAsync(path));
        Assert.Equal(hits + 1, Statistics(app).Hits);
    }

    [Fact]
    public async Task UnknownReadingCookiesShareTheDefaultEntry()
    {
        using var app = new NewsReaderFactory();
        var client = app.CreateClient();
        await client.GetAsync("/stories");
        var hits = Statistics(app).Hits;
        foreach (var cookie in new[] { "reader=nonsense", "reader=x.y.z.w", "other=1" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/stories");
            request.Headers.Add("Cookie", cookie);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
        Assert.Equal(hits + 3, Statistics(app).Hits);
    }

    [Fact]
    public async Task NewLibraryContentShowsInASearchAtOnce()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var before = await client.GetStringAsync("/api/search?q=lighthouse");
        Assert.DoesNotContain("Lighthouse keepers", before);

        seeds.WithFile("second.txt", "Lighthouse keepers return\n\nOSLO - The lighthouse keepers came back.");
        await app.WaitForAsync(s => s.Articles.Count == 2);

        Assert.Contains("Lighthouse keepers return", await client.GetStringAsync("/api/search?q=lighthouse"));
    }

    [Fact]
    public async Task AddressesNobodyLinksToCannotKeepThePagesOutOfTheCache()
    {
        using var app = new NewsReaderFactory { Settings = { ["ResponseCache:MaxEntries"] = "3" } };
        var client = app.CreateClient();
        // Made-up queries, another spelling of a path: each is a page of its own, and fills the budget.
        foreach (var junk in new[] { "/?utm_source=a", "/?utm_source=b", "/STORIES" })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(junk)).StatusCode);
        Assert.Equal(0, Statistics(app).PageDrops);

        var first = await client.GetAsync("/stories"); // the budget is full: the junk goes, this page is kept
        var hits = Statistics(app).Hits;
        var second = await client.GetAsync("/stories");

        Assert.Equal(1, Statistics(app).PageDrops);
        Assert.Equal(hits + 1, Statistics(app).Hits);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task WhenTheSearchBudgetFillsSearchesAreDroppedAndPagesStay()
    {
        using var app = new NewsReaderFactory { Settings = { ["ResponseCache:MaxSearchEntries"] = "2" } };
        var client = app.CreateClient();
        await client.GetAsync("/stories");
        foreach (var q in new[] { "nato", "japan", "korea" })
            for (var ask = 0; ask < 2; ask++) await client.GetAsync($"/api/search?q={q}"); // kept from the second ask

        Assert.Equal(1, Statistics(app).SearchDrops);
        Assert.Equal(3, Statistics(app).SearchesStored);
        var hits = Statistics(app).Hits;
        await client.GetAsync("/stories");
        await client.GetAsync("/api/search?q=korea"); // kept: stored after the drop
        Assert.Equal(hits + 2, Statistics(app).Hits);
    }
}
