using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsReader.Tests.Pages;

public class BrowseAndSearchPageTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Theory]
    [InlineData("/authors/sakura-murakami", "Articles by Sakura Murakami")]
    [InlineData("/agencies/reuters", "Articles from Reuters")]
    [InlineData("/places/tokyo", "Articles datelined Tokyo")]
    public async Task BrowsePageListsItsArticles(string path, string heading)
    {
        var doc = await factory.CreateClient().GetPageAsync(path);
        Assert.Equal(heading, doc.QuerySelector("h1").Text());
        var card = Assert.Single(doc.QuerySelectorAll("main .card"));
        Assert.Equal($"/articles/{PageTests.SeedSlug}", card.QuerySelector("h2 a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/authors/nobody")]
    [InlineData("/agencies/tass")]
    [InlineData("/places/atlantis")]
    [InlineData("/editors/gerry-doyle")]
    public async Task UnknownBrowsePageIs404(string path) =>
        Assert.Equal("Page not found", (await factory.CreateClient().GetPageAsync(path, HttpStatusCode.NotFound)).QuerySelector("h1").Text());

    [Theory]
    [InlineData("/authors", "Authors", "/authors/sakura-murakami", "Sakura Murakami")]
    [InlineData("/agencies", "News agencies", "/agencies/reuters", "Reuters")]
    [InlineData("/places", "Places", "/places/tokyo", "Tokyo")]
    public async Task EachKindOfBrowsePageHasAnIndexOfItsNames(string path, string heading, string href, string name)
    {
        var doc = await factory.CreateClient().GetPageAsync(path);
        Assert.Equal(heading, doc.QuerySelector("h1").Text());
        var item = Assert.Single(doc.QuerySelectorAll("main .name-list li"));
        Assert.Equal(href, item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(name, item.QuerySelector("a")!.Text());
        Assert.Equal("1 article", item.QuerySelector(".muted")!.Text());
        Assert.Equal(path, new Uri(doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath);

        // The browse page links back to its index.
        var facet = await factory.CreateClient().GetPageAsync(href);
        Assert.Contains(facet.QuerySelectorAll("main .page-lede a"), a => a.GetAttribute("href") == path);
    }

    [Fact]
    public async Task PlacesAreNamedAsReadersWriteThemNotInTheDatelinesCapitals()
    {
        using var seeds = new TempSeedFolder()
            .WithFile("1.txt", "Port reopens after storm\n\nPORT-AU-PRINCE (AP) - The port reopened on Monday.")
            .WithFile("2.txt", "Yen slips again\n\nTOKYO (Reuters) - The yen slipped for a third day.")
            .WithFile("3.txt", "Shares rise in Asia\n\nTokyo (Reuters) - Shares rose across Asia.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var index = await client.GetPageAsync("/places");
        Assert.Equal(["Port-au-Prince", "Tokyo"], index.QuerySelectorAll("main .name-list li a").Select(a => a.Text()));
        Assert.Equal("Articles datelined Port-au-Prince", (await client.GetPageAsync("/places/port-au-prince")).QuerySelector("h1").Text());

        // The facts under the headline name the place so too; the story keeps the wire's dateline.
        var article = await client.GetPageAsync("/articles/yen-slips-again");
        Assert.Equal("Tokyo", article.QuerySelector(".facts a[href='/places/tokyo']")!.Text());
        Assert.StartsWith("TOKYO (Reuters)", article.QuerySelector(".story-body p")!.Text());
    }

    [Fact]
    public async Task TheLibraryLinksToTheIndexes()
    {
        var doc = await factory.CreateClient().GetPageAsync("/");
        Assert.Equal(["/authors", "/places", "/agencies"], doc.QuerySelectorAll("main .browse-by a").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/authors?page=2")]
    [InlineData("/places?page=0")]
    [InlineData("/AUTHORS")]
    [InlineData("/editors")]
    public async Task AnIndexPageThatIsNotThereIs404(string path) =>
        Assert.Equal("Page not found", (await factory.CreateClient().GetPageAsync(path, HttpStatusCode.NotFound)).QuerySelector("h1").Text());

    [Fact]
    public async Task AnIndexListsNamesAsAReaderLooksThemUpAndPagesALongList()
    {
        // Ordinal order would put "Élise" after "Zoe"; a reader looks her up under E. Enough names for two pages.
        var names = new[] { "Zoe Adams", "Élise Martin", "ana López" }
            .Concat(Enumerable.Range(0, NewsReader.Web.Pages.Browse.FacetIndexModel.PageSize).Select(i => $"Lee Number{i:D3}")).ToList();
        using var seeds = new TempSeedFolder();
        for (var i = 0; i < names.Count; i++) seeds.WithFile($"{i:D3}.txt", Samples.ByAuthor(names[i], i));
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var first = await client.GetPageAsync("/authors");
        var shown = first.QuerySelectorAll("main .name-list li a").Select(a => a.Text()).ToList();
        Assert.Equal(NewsReader.Web.Pages.Browse.FacetIndexModel.PageSize, shown.Count);
        Assert.Equal(["Élise Martin", "Lee Number000"], shown[..2]);
        Assert.Equal("Next →", first.QuerySelector("main .pager a[rel=next]")!.Text());

        var second = await client.GetPageAsync("/authors?page=2");
        Assert.Equal("201", second.QuerySelector("main .name-list")!.GetAttribute("start"));
        Assert.Equal("Zoe Adams", second.QuerySelectorAll("main .name-list li a").Last().Text());
        Assert.Equal($"{names.Count - 1} authors, by name · the whole library", first.QuerySelector("main .page-lede")!.Text());
    }

    [Fact]
    public async Task BylineAndDatelineLinkToTheirBrowsePages()
    {
        var doc = await factory.CreateClient().GetPageAsync($"/articles/{PageTests.SeedSlug}");
        var links = doc.QuerySelectorAll(".story-head .facts a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/authors/sakura-murakami", "/places/tokyo", "/agencies/reuters"], links);
    }

    [Fact]
    public async Task ArticlePageGroupsRelatedThenMoreStoriesAndCanShowPublisherOrder()
    {
        var client = factory.CreateClient();
        var doc = await client.GetPageAsync($"/articles/{PageTests.SeedSlug}");
        Assert.Equal(["Related", "More stories"], doc.QuerySelectorAll(".teasers h3.teaser-group").Select(h => h.Text()));
        var related = doc.QuerySelectorAll("ul[aria-labelledby=related-heading] .teaser");
        Assert.InRange(related.Length, 3, 10);
        Assert.All(related, t => Assert.StartsWith("Shares:", t.QuerySelector(".teaser-why").Text()));
        Assert.Equal(20, doc.QuerySelectorAll(".teasers .teaser").Length);

        var original = await client.GetPageAsync($"/articles/{PageTests.SeedSlug}?order=original");
        Assert.Empty(original.QuerySelectorAll(".teaser-group"));
        var titles = original.QuerySelectorAll(".teasers .teaser-title").Select(t => t.Text()).ToList();
        Assert.Equal("NATO, Japan pledge to strengthen ties in face of ‘historic’ security threat", titles[0]);
        Assert.Equal("MSNBC Host Ridicules Lindsey Graham’s ‘Hostage’ Video For Trump: ‘Blink Twice’", titles[^1]);
    }

    [Fact]
    public async Task ArticleEndsWithMoreFromTheLibrary()
    {
        using var seeds = new TempSeedFolder().WithSeed()
            .WithFile("1.txt", "NATO chief visits Japan\n\nTOKYO (Reuters) - NATO's chief met Japan's prime minister about security.")
            .WithFile("2.txt", "Cake contest winner named\n\nLONDON (AFP) - A baker won with a lemon cake.")
            .WithFile("3.txt", "China warns NATO over Asia role\n\nBEIJING (Reuters) - China warned NATO about its role in Asia and Taiwan.")
            .WithFile("4.txt", "Rain expected at weekend\n\nDUBLIN (AP) - Forecasters expect rain.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync($"/articles/{PageTests.SeedSlug}");
        var more = doc.QuerySelectorAll(".more-from-library .teaser-title a").Select(a => a.Text()).ToList();
        Assert.Equal(3, more.Count);
        Assert.Equal(["China warns NATO over Asia role", "NATO chief visits Japan"], more.Take(2).Order());
        Assert.DoesNotContain("NATO chief stresses importance of Indo-Pacific partners amid security tensions", more);
    }

    [Fact]
    public async Task SearchPageShowsRankedResultsWithMarkedSnippets()
    {
        var doc = await factory.CreateClient().GetPageAsync("/search?q=Stoltenberg+Japan");
        Assert.Equal("Search", doc.QuerySelector("h1").Text());
        Assert.Equal("Stoltenberg Japan", doc.QuerySelector("input[name=q]")?.GetAttribute("value"));
        var results = doc.QuerySelectorAll(".results .result");
        Assert.True(results.Length >= 3);
        Assert.Contains(results, r => r.QuerySelector(".result-kind").Text() == "Article");
        Assert.Contains(results, r => r.QuerySelector(".result-kind").Text() == "Recommended story");
        Assert.All(results, r => Assert.NotEmpty(r.QuerySelectorAll(".result-snippet mark")));
    }

    [Fact]
    public async Task SnippetsAreSetLikeThePagesAndTheirMarksStayOnTheWords()
    {
        var doc = await factory.CreateClient().GetPageAsync("/search?q=closely+interconnected");
        var snippet = doc.QuerySelectorAll(".result-article .result-snippet").First(p => p.TextContent.Contains("working closely"));
        Assert.Contains("NATO’s working closely", snippet.TextContent); // the capture has "NATO's"
        Assert.All(snippet.QuerySelectorAll("mark"), m => Assert.Contains(m.TextContent, new[] { "closely", "interconnected" }));
    }

    [Theory]
    [InlineData("\"Yes,\" he said 'quietly' - it's done", "“Yes,” he said ‘quietly’ – it’s done")]
    [InlineData("(\"a\") [\"b\"]", "(“a”) [“b”]")]
    [InlineData("Pope Francis' visit to the '90s' haunts", "Pope Francis’ visit to the ’90s’ haunts")]
    public void PlainTextIsPunctuatedOneCharacterForOne(string text, string expected)
    {
        var set = NewsReader.Web.Pages.Typesetter.PunctuatePlain(text);
        Assert.Equal(expected, set);
        Assert.Equal(text.Length, set.Length);
    }

    [Theory]
    [InlineData("A focus of Pope Francis' visit", "A focus of Pope Francis’ visit")]
    [InlineData("The bosses' plan, the Joneses'.", "The bosses’ plan, the Joneses’.")]
    [InlineData("Back to the '90s and '80s", "Back to the ’90s and ’80s")]
    [InlineData("He said 'yes' to the bosses' plan", "He said ‘yes’ to the bosses’ plan")]
    [InlineData("NATO's 'historic' pledge", "NATO’s ‘historic’ pledge")]
    public void PossessivesAndElidedDecadesGetAnApostrophe(string text, string expected) =>
        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(NewsReader.Web.Pages.Typesetter.Inline(text).Value));

    [Theory]
    [InlineData("Explainer-What is driving the violence in eastern Congo?", "Explainer: What is driving the violence in eastern Congo?")]
    [InlineData("EXCLUSIVE-Boeing nears deal", "Exclusive: Boeing nears deal")]
    [InlineData("UPDATE 2-NATO chief urges Seoul to send military support to Ukraine", "NATO chief urges Seoul to send military support to Ukraine")]
    [InlineData("Instant View-Fed holds rates", "Instant view: Fed holds rates")]
    [InlineData("Analysis-paralysis grips the board", "Analysis-paralysis grips the board")]
    [InlineData("Indo-Pacific partners matter", "Indo-Pacific partners matter")]
    [InlineData("U.S. stops granting export licenses for China's Huawei - sources", "U.S. stops granting export licenses for China’s Huawei – sources")]
    public void WireKickersAreSetAsAReaderExpects(string title, string expected) =>
        Assert.Equal(expected, System.Net.WebUtility.HtmlDecode(NewsReader.Web.Pages.Typesetter.Inline(title).Value));

    [Fact]
    public async Task AStoryWithoutASummaryIsNotGivenItsTitleTwice()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", """
            Harbour reopens

            OSLO (AP) - The harbour reopened.

            Recommended Stories

              • Ferry timetable changes
            """);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/search?q=ferry");
        var result = Assert.Single(doc.QuerySelectorAll(".results .result"));
        Assert.Equal("Ferry timetable changes", result.QuerySelector(".result-title").Text());
        Assert.Null(result.QuerySelector(".result-snippet"));
    }

    [Fact]
    public async Task SearchPageForNonsenseSaysNothingMatches()
    {
        var doc = await factory.CreateClient().GetPageAsync("/search?q=%3Cb%3Exqzzvv%3C%2Fb%3E");
        Assert.Empty(doc.QuerySelectorAll(".result"));
        Assert.Contains("Nothing in the library matches <b>xqzzvv</b>", doc.QuerySelector(".empty-state").Text());
        Assert.Empty(doc.QuerySelectorAll("main b"));
    }

    [Fact]
    public async Task EmptySearchPageShowsJustTheForm()
    {
        var doc = await factory.CreateClient().GetPageAsync("/search");
        Assert.NotNull(doc.QuerySelector("form[role=search] input[type=search]"));
        Assert.Empty(doc.QuerySelectorAll(".result, .empty-state"));
    }

    [Fact]
    public async Task SearchApiReturnsKindsScoresSnippetsAndHighlights()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/search?q=%22security+environment%22");
        Assert.Equal("\"security environment\"", json.GetProperty("query").GetString());
        var results = json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["story", "article"], results.Select(r => r.GetProperty("kind").GetString()));
        var hit = results[1];
        Assert.Equal(PageTests.SeedSlug, hit.GetProperty("slug").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        var snippet = hit.GetProperty("snippet").GetString()!;
        var marked = hit.GetProperty("highlights").EnumerateArray().Select(h => snippet.Substring(h.GetProperty("start").GetInt32(), h.GetProperty("length").GetInt32())).ToList();
        Assert.Equal(["security", "environment"], marked);
    }

    [Theory]
    [InlineData("Sakura Murakami", "/authors/sakura-murakami", "Articles by Sakura Murakami")]
    [InlineData("\"reuters\"", "/agencies/reuters", "Articles from Reuters")]
    [InlineData("Tokyo", "/places/tokyo", "Articles datelined Tokyo")]
    public async Task ASearchForAnAuthorAgencyOrPlaceOffersItsBrowsePage(string query, string href, string text)
    {
        var client = factory.CreateClient();
        var doc = await client.GetPageAsync($"/search?q={Uri.EscapeDataString(query)}");
        var offered = Assert.Single(doc.QuerySelectorAll("main .search-browse li"));
        Assert.Equal(href, offered.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(text, offered.QuerySelector("a")!.Text());
        Assert.Equal("1 article", offered.QuerySelector(".muted")!.Text());
        Assert.NotEmpty(doc.QuerySelectorAll("main .results li")); // the results as well

        var json = await client.GetFromJsonAsync<JsonElement>($"/api/search?q={Uri.EscapeDataString(query)}");
        var browse = Assert.Single(json.GetProperty("browse").EnumerateArray());
        Assert.Equal(["kind", "slug", "name", "articleCount"], browse.EnumerateObject().Select(p => p.Name));
        Assert.Equal(href, $"/{browse.GetProperty("kind").GetString()}/{browse.GetProperty("slug").GetString()}");
    }

    [Theory]
    [InlineData("nato")]
    [InlineData("Sakura")] // a part of a name is a search, not the author
    public async Task OtherSearchesOfferNoBrowsePage(string query)
    {
        var client = factory.CreateClient();
        Assert.Empty((await client.GetPageAsync($"/search?q={query}")).QuerySelectorAll("main .search-browse"));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>($"/api/search?q={query}")).GetProperty("browse").EnumerateArray());
    }

    [Fact]
    public async Task SearchApiWithoutAQueryIsA400Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/search?q=");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ArticleApiCarriesRelevanceAndRelatedInFileOrder()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/articles/{PageTests.SeedSlug}");
        var items = json.GetProperty("recommended").EnumerateArray().ToList();
        Assert.Equal("NATO, Japan pledge to strengthen ties in face of 'historic' security threat", items[0].GetProperty("title").GetString());
        Assert.True(items[0].GetProperty("related").GetBoolean());
        Assert.True(items[0].GetProperty("relevance").GetDouble() > items[15].GetProperty("relevance").GetDouble());
        Assert.False(items[15].GetProperty("related").GetBoolean()); // the Broncos teaser
    }
}
