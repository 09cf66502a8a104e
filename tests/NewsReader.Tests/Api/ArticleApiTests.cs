using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsReader.Tests.Api;

public class ArticleApiTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    const string SeedSlug = "nato-chief-stresses-importance-of-indo-pacific-partners-amid-security-tensions";

    [Fact]
    public async Task ListGivesOneSummaryPerArticle()
    {
        var list = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles");
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(SeedSlug, item.GetProperty("slug").GetString());
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", item.GetProperty("headline").GetString());
        Assert.Equal("Sakura Murakami", Assert.Single(item.GetProperty("authors").EnumerateArray()).GetString());
        Assert.Equal(1, item.GetProperty("readTimeMinutes").GetInt32());
        Assert.Equal(20, item.GetProperty("recommendedCount").GetInt32());
        Assert.Equal("000_edb2a65bb37253f4.txt", item.GetProperty("source").GetString());
    }

    [Fact]
    public async Task DetailHasEveryFieldInCamelCase()
    {
        var a = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{SeedSlug}");
        Assert.Equal(
            ["slug", "source", "headline", "standfirst", "imageCaption", "authors", "byline", "published", "readTimeMinutes", "dateline", "paragraphs", "credits", "recommended", "url"],
            a.EnumerateObject().Select(p => p.Name));
        Assert.Equal("TOKYO", a.GetProperty("dateline").GetProperty("place").GetString());
        Assert.Equal("Reuters", a.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("dateline").GetProperty("date").ValueKind);
        Assert.Equal(8, a.GetProperty("paragraphs").GetArrayLength());
        Assert.Equal("Reporting by Sakura Murakami. Editing by Gerry Doyle", a.GetProperty("credits").GetString());
        var recommended = a.GetProperty("recommended").EnumerateArray().ToList();
        Assert.Equal(20, recommended.Count);
        Assert.Equal(["title", "summary", "truncated"], recommended[0].EnumerateObject().Select(p => p.Name).Take(3));
        Assert.Single(recommended, r => r.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task NullsAreWrittenAsNull()
    {
        using var seeds = new TempSeedFolder().WithFile("plain.txt", "Plain story\n\nJust a body.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var a = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles/plain-story");
        Assert.Equal(JsonValueKind.Null, a.GetProperty("imageCaption").ValueKind);
        Assert.Equal(JsonValueKind.Null, a.GetProperty("dateline").ValueKind);
        Assert.Equal(JsonValueKind.Null, a.GetProperty("readTimeMinutes").ValueKind);
        Assert.Equal(0, a.GetProperty("authors").GetArrayLength());
    }

    [Fact]
    public async Task ADatedDatelineGivesPlaceAndDateApart()
    {
        using var seeds = new TempSeedFolder().WithFile("dated.txt", "Markets steady\n\nTOKYO, March 20 (Reuters) - Shares held.\n\nTraders waited.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var dateline = (await client.GetFromJsonAsync<JsonElement>("/api/articles/markets-steady")).GetProperty("dateline");
        Assert.Equal("TOKYO", dateline.GetProperty("place").GetString());
        Assert.Equal("March 20", dateline.GetProperty("date").GetString());
        Assert.Equal("Reuters", dateline.GetProperty("agency").GetString());

        // The page sets the whole dateline apart and files the article under the place alone.
        var page = await client.GetPageAsync("/articles/markets-steady");
        Assert.Equal("TOKYO, March 20 (Reuters)", page.QuerySelector(".story-body > p span.dateline").Text());
        Assert.Contains(page.QuerySelectorAll(".facts .fact"), f => f.Text() == "Tokyo, March 20 (Reuters)");
        var place = await client.GetPageAsync("/places/tokyo");
        Assert.Contains(place.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/articles/markets-steady");
    }

    [Fact]
    public async Task ADatelineWithoutAPlaceGivesTheAgencyAlone()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", "Oil rises\n\n(Reuters) - Oil prices rose on Monday.\n\nTraders waited.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var dateline = (await client.GetFromJsonAsync<JsonElement>("/api/articles/oil-rises")).GetProperty("dateline");
        Assert.Equal(JsonValueKind.Null, dateline.GetProperty("place").ValueKind);
        Assert.Equal("Reuters", dateline.GetProperty("agency").GetString());

        // The page sets "(Reuters)" apart in the body, links the agency on the facts line and files no place.
        var page = await client.GetPageAsync("/articles/oil-rises");
        Assert.Equal("(Reuters)", page.QuerySelector(".story-body > p span.dateline").Text());
        Assert.Contains(page.QuerySelectorAll(".facts .fact a"), a => a.GetAttribute("href") == "/agencies/reuters" && a.Text() == "Reuters");
        Assert.Empty(page.QuerySelectorAll(".facts a[href^='/places/']"));
        Assert.Contains(page.QuerySelectorAll("script[type='application/ld+json']"), s => s.TextContent.Contains("\"publisher\"") && !s.TextContent.Contains("\"dateline\""));
    }

    [Fact]
    public async Task APublicationDateReachesTheApiThePageTheFeedAndStructuredData()
    {
        using var seeds = new TempSeedFolder().WithFile("dated.txt",
            "Markets steady\n\nJane Doe\nTue, January 31, 2023 at 9:42 PM·2 min read\n\nTOKYO (Reuters) - Shares held.\n\nTraders waited.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var detail = await client.GetFromJsonAsync<JsonElement>("/api/articles/markets-steady");
        Assert.Equal("2023-01-31", detail.GetProperty("published").GetString());
        Assert.Equal(["Jane Doe"], detail.GetProperty("authors").EnumerateArray().Select(a => a.GetString()));
        var item = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/articles")).EnumerateArray());
        Assert.Equal("2023-01-31", item.GetProperty("published").GetString());

        var page = await client.GetPageAsync("/articles/markets-steady");
        var time = page.QuerySelector(".facts time");
        Assert.Equal("2023-01-31", time!.GetAttribute("datetime"));
        Assert.Equal("31 January 2023", time.Text());
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("2023-01-31", jsonLd.GetProperty("datePublished").GetString());

        var feed = await client.GetStringAsync("/feed.atom");
        Assert.Contains("<published>2023-01-31T00:00:00Z</published>", feed);
    }

    [Fact]
    public async Task UnknownSlugReturns404ProblemJson()
    {
        var response = await factory.CreateClient().GetAsync("/api/articles/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task IngestionReportListsLoadedAndRejectedFiles()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("empty.txt", "").WithFile("binary.dat", [0, 1, 2, 0xFF, 0xFE]);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var report = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/ingestion");

        var loaded = Assert.Single(report.GetProperty("loaded").EnumerateArray());
        Assert.Equal("000_seed.txt", loaded.GetProperty("source").GetString());
        Assert.Equal(SeedSlug, loaded.GetProperty("slug").GetString());
        var rejected = report.GetProperty("rejected").EnumerateArray().ToDictionary(r => r.GetProperty("source").GetString()!, r => r.GetProperty("reason").GetString()!);
        Assert.Equal(["binary.dat", "empty.txt"], rejected.Keys.Order());
        Assert.StartsWith("not text: NUL byte", rejected["binary.dat"]);
        Assert.Contains("empty", rejected["empty.txt"]);
    }

    [Fact]
    public async Task HealthzAnswers200() =>
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/healthz")).StatusCode);
}
