using System.Net.Http.Json;

namespace NewsReader.Tests.Pages;

public class LibraryPageTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Fact]
    public async Task EachArticleIsACardLinkingToIt()
    {
        var doc = await factory.CreateClient().GetPageAsync("/");
        var card = Assert.Single(doc.QuerySelectorAll("main .card"));
        var link = card.QuerySelector("h2 a");
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", link.Text());
        Assert.Equal($"/articles/{PageTests.SeedSlug}", link!.GetAttribute("href"));
        var facts = card.QuerySelectorAll(".facts .fact").Select(f => f.Text()).ToList();
        Assert.Equal(["By Sakura Murakami", "1 min read", "Tokyo (Reuters)"], facts);
        var excerpt = card.QuerySelector(".card-excerpt").Text();
        Assert.StartsWith("NATO Secretary-General Jens Stoltenberg on Wednesday", excerpt);
        Assert.EndsWith("…", excerpt);
    }

    [Fact]
    public async Task TheExcerptIsSetLikeTheArticleItComesFrom()
    {
        var doc = await factory.CreateClient().GetPageAsync("/");
        // The seed's first paragraph says "NATO's working closely"; the article page sets it as "NATO’s".
        Assert.Contains("importance of NATO’s working closely", doc.QuerySelector(".card-excerpt").Text());
    }

    [Fact]
    public async Task TheFactsLineReadsAsASentence()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", "Harbour reopens\n\nBy A. One, B. Two and C. Three\n\nOSLO (AP) - The harbour reopened.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/");
        var facts = doc.QuerySelectorAll(".card .facts .fact").Select(f => f.TextContent).ToList();
        Assert.Equal(["By A. One, B. Two and C. Three", "about 1 min read", "Oslo (AP)"], facts); // exact: no stray whitespace between the words
    }

    [Fact]
    public async Task ACaptureWithoutAReadTimeGetsAnEstimateSaidToBeOne()
    {
        var body = string.Join(' ', Enumerable.Repeat("word", 700)); // three minutes at 230 words a minute
        using var seeds = new TempSeedFolder().WithFile("a.txt", $"Long story\n\nOSLO (AP) - {body}.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var estimate = (await client.GetPageAsync("/")).QuerySelectorAll(".card .facts .fact").Single(f => f.TextContent.Contains("min read"));
        Assert.Equal("about 3 min read", estimate.TextContent);
        Assert.Equal("Estimated from the article’s length", estimate.GetAttribute("title"));
        // The API gives what the capture says, and it says nothing.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles/long-story")).GetProperty("readTimeMinutes").ValueKind);
    }

    [Fact]
    public async Task NewestFirstListsTheMostRecentlySavedFilesFirst()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", "Alpha story\n\nBody.").WithFile("b.txt", "Beta story\n\nBody.").WithFile("c.txt", "Gamma story\n\nBody.");
        var day = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(seeds.Path, "a.txt"), day.AddDays(2));
        File.SetLastWriteTimeUtc(Path.Combine(seeds.Path, "b.txt"), day.AddDays(1));
        File.SetLastWriteTimeUtc(Path.Combine(seeds.Path, "c.txt"), day.AddDays(3));
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var byFile = await client.GetPageAsync("/");
        Assert.Equal(["Alpha story", "Beta story", "Gamma story"], byFile.QuerySelectorAll(".card h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("/?sort=newest", byFile.QuerySelector(".list-order a")!.GetAttribute("href"));

        var newest = await client.GetPageAsync("/?sort=newest");
        Assert.Equal(["Gamma story", "Alpha story", "Beta story"], newest.QuerySelectorAll(".card h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("Most recently saved first", newest.QuerySelector(".list-order span")!.TextContent);
        Assert.Equal("/", newest.QuerySelector(".list-order a")!.GetAttribute("href"));
        Assert.Equal("http://localhost/?sort=newest", newest.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task NewestFirstKeepsItsOrderFromPageToPage()
    {
        using var seeds = new TempSeedFolder();
        for (var i = 0; i < 60; i++) seeds.WithFile($"{i:D2}.txt", $"Story number {i}\n\nBody.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var first = await client.GetPageAsync("/?sort=newest");
        Assert.Equal("/?sort=newest&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var second = await client.GetPageAsync("/?sort=newest&page=2");
        Assert.Equal(10, second.QuerySelectorAll(".card").Length);
        Assert.Equal("/?sort=newest", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/?sort=oldest")]
    [InlineData("/?sort=NEWEST")]
    public async Task AnUnknownOrderIsA404(string path) =>
        await factory.CreateClient().GetPageAsync(path, System.Net.HttpStatusCode.NotFound);

    [Fact]
    public async Task CardsKeepFileOrder()
    {
        using var seeds = new TempSeedFolder().WithFile("b.txt", "Beta story\n\nBody.").WithFile("a.txt", "Alpha story\n\nBody.").WithFile("c.txt", "Gamma story\n\nBody.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/");
        Assert.Equal(["Alpha story", "Beta story", "Gamma story"], doc.QuerySelectorAll(".card h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task EmptyLibrarySaysSoAndNamesTheSeedsFolder()
    {
        using var seeds = new TempSeedFolder();
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/");
        Assert.Empty(doc.QuerySelectorAll(".card"));
        var empty = doc.QuerySelector(".empty-state");
        Assert.Contains("empty", empty.Text());
        Assert.Equal(seeds.Path, empty!.QuerySelector("code").Text());
    }
}
