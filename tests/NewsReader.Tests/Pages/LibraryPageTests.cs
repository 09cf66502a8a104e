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
        Assert.Equal(["By Sakura Murakami", "1 min read", "TOKYO (Reuters)"], facts);
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
        Assert.Equal(["By A. One, B. Two and C. Three", "about 1 min read", "OSLO (AP)"], facts); // exact: no stray whitespace between the words
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
