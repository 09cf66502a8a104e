using System.Net.Http.Json;
using System.Text.Json;

namespace NewsReader.Tests.Pages;

public class ArticlePageTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    const string Path = $"/articles/{PageTests.SeedSlug}";

    [Fact]
    public async Task KeyPointsOverTheStoryAreABoxAndTheDatelineOpensTheStoryUnderIt()
    {
        using var seeds = new TempSeedFolder().WithFile("tsmc.txt",
            "TSMC posts record profit\n\nBy Sarah Wu\n\nSummary\n• Profit up 54%\n• Strong AI demand\n\nTAIPEI (Reuters) - TSMC posted a record profit on Thursday.\n\nShares rose 2%.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var doc = await client.GetPageAsync("/articles/tsmc-posts-record-profit");

        var box = doc.QuerySelector(".story-body > section.key-points")!;
        Assert.Equal("Summary", box.QuerySelector("h2")!.Text());
        Assert.Equal(box.QuerySelector("h2")!.Id, box.GetAttribute("aria-labelledby"));
        Assert.Equal(["Profit up 54%", "Strong AI demand"], box.QuerySelectorAll("li").Select(li => li.Text()));
        Assert.Equal("TAIPEI (Reuters)", doc.QuerySelector(".story-body > p span.dateline")!.Text());
        Assert.Same(box.NextElementSibling, doc.QuerySelector(".story-body > p"));

        // The library's card opens with the story, not with the box.
        var card = (await client.GetPageAsync("/")).QuerySelector(".card-excerpt")!.Text();
        Assert.StartsWith("TSMC posted a record profit", card);
    }

    [Fact]
    public async Task AnotherPhotosCaptionBetweenParagraphsIsSetAsACaption()
    {
        using var seeds = new TempSeedFolder().WithFile("tsmc.txt",
            "TSMC posts record profit\n\nTAIPEI (Reuters) - TSMC posted a record profit on Thursday.\n\n"
            + "A worker walks past a TSMC plant in Tainan, Taiwan, May 5, 2024. REUTERS/Ann Wang\n\nShares rose 2%, the exchange said (AP/Reuters data).");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/articles/tsmc-posts-record-profit");

        var figure = doc.QuerySelector(".story-body > figure.photo figcaption")!;
        Assert.Equal("Photo", figure.QuerySelector(".photo-label")!.Text());
        Assert.Equal("REUTERS/Ann Wang", figure.QuerySelector(".photo-credit")!.Text());
        Assert.Contains("A worker walks past a TSMC plant", figure.Text());
        // The story's own paragraphs stay paragraphs, the lede and the last one alike.
        Assert.Equal(2, doc.QuerySelectorAll(".story-body > p").Length);
    }

    [Fact]
    public async Task HeadlineIsTheOnlyH1InsideTheArticle()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", doc.QuerySelector("main article.story h1").Text());
    }

    [Fact]
    public async Task CaptionIsAFigureCaptionNotBodyText()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var caption = doc.QuerySelector("article.story figure figcaption");
        Assert.EndsWith("NATO Secretary General Jens Stoltenberg speaks at Keio University in Tokyo", caption.Text());
        Assert.DoesNotContain(doc.QuerySelectorAll(".story-body p"), p => p.TextContent.Contains("speaks at Keio University"));
    }

    [Fact]
    public async Task BodyHasEveryParagraphWithTheDatelineSetApart()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var paragraphs = doc.QuerySelectorAll(".story-body > p");
        Assert.Equal(8, paragraphs.Length);
        Assert.Equal("TOKYO (Reuters)", paragraphs[0].QuerySelector("span.dateline").Text());
        Assert.StartsWith("TOKYO (Reuters) — NATO Secretary-General", paragraphs[0].TextContent);
    }

    [Theory]
    [InlineData("−")] // a minus sign
    [InlineData("‒")] // a figure dash
    [InlineData("―")] // a horizontal bar
    public async Task AnyDashAfterTheDatelineIsSetAsTheBodysEmDash(string dash)
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", $"Rates held\n\nLONDON (AFP) {dash} Rates were held.\n\nTraders waited.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var first = (await app.CreateClient().GetPageAsync("/articles/rates-held")).QuerySelector(".story-body > p")!;
        Assert.Equal("LONDON (AFP)", first.QuerySelector("span.dateline").Text());
        Assert.Equal("LONDON (AFP) — Rates were held.", first.Text());
    }

    [Fact]
    public async Task AnAgencyBylineIsShownThoughItNamesNoAuthor()
    {
        using var seeds = new TempSeedFolder()
            .WithFile("a.txt", "Quake shakes coast\n\nBy The Associated Press\n\nLIMA, Peru - A quake shook the coast.")
            .WithFile("b.txt", "Rates held\n\nBy Jane Doe, Reuters\n\nLONDON (Reuters) - Rates were held.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var agencyOnly = await client.GetPageAsync("/articles/quake-shakes-coast");
        Assert.Contains(agencyOnly.QuerySelectorAll(".facts .fact"), f => f.Text() == "By The Associated Press");
        Assert.Empty(agencyOnly.QuerySelectorAll(".facts a[href^='/authors/']"));

        var withAuthor = await client.GetPageAsync("/articles/rates-held");
        Assert.Equal(["/authors/jane-doe"], withAuthor.QuerySelectorAll(".facts a[href^='/authors/']").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain(withAuthor.QuerySelectorAll(".facts .fact"), f => f.Text().StartsWith("By Jane Doe,"));
    }

    [Fact]
    public async Task ARoleInTheBylineFollowsTheNamesUnlinked()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", "Rates held\n\nBy Jane Doe, Tokyo correspondent\n\nLONDON (Reuters) - Rates were held.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/articles/rates-held");
        Assert.Contains(doc.QuerySelectorAll(".facts .fact"), f => f.Text() == "By Jane Doe, Tokyo correspondent");
        Assert.Equal(["/authors/jane-doe"], doc.QuerySelectorAll(".facts a[href^='/authors/']").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task TeaserSummariesSetTheirDatelineLikeTheBody()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var summaries = doc.QuerySelectorAll(".teaser-summary").Select(p => p.Text()).ToList();
        Assert.Contains(summaries, s => s.StartsWith("TOKYO (Reuters) — NATO chief Jens Stoltenberg and Japanese premier", StringComparison.Ordinal));
        Assert.DoesNotContain(summaries, s => s.Contains(") -", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWireCaptionShowsItsFilePhotoLabelAndCreditApart()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt",
            "Talks resume\n\nFILE PHOTO: Delegates arrive in Geneva, January 31, 2023. REUTERS/Denis Balibouse/File Photo\nBy Jane Doe\n\nGENEVA (Reuters) - Talks resumed.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var caption = (await app.CreateClient().GetPageAsync("/articles/talks-resume")).QuerySelector("figure.photo figcaption")!;
        Assert.Equal("File photo", caption.QuerySelector(".photo-label").Text());
        Assert.Equal("REUTERS/Denis Balibouse/File Photo", caption.QuerySelector(".photo-credit").Text());
        Assert.DoesNotContain("FILE PHOTO:", caption.TextContent);
    }

    [Fact]
    public async Task ThePageTheCaptureCameFromIsLinkedWithoutPassingOnTheReader()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt",
            "https://www.yahoo.com/news/talks-resume-1.html\n\nTalks resume\n\nGENEVA (Reuters) - Talks resumed.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var link = (await client.GetPageAsync("/articles/talks-resume")).QuerySelector("article .original a")!;
        Assert.Equal("https://www.yahoo.com/news/talks-resume-1.html", link.GetAttribute("href"));
        Assert.Equal("www.yahoo.com", link.Text());
        Assert.Equal(["noopener", "noreferrer", "nofollow"], link.GetAttribute("rel")!.Split(' '));
        var api = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/articles/talks-resume");
        Assert.Equal("https://www.yahoo.com/news/talks-resume-1.html", api.GetProperty("url").GetString());

        // The seed gives no address: no link.
        Assert.Null((await factory.CreateClient().GetPageAsync(Path)).QuerySelector("article .original"));
    }

    [Fact]
    public async Task QuotesAndApostrophesAreTypographic()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var second = doc.QuerySelectorAll(".story-body > p")[1].TextContent;
        Assert.StartsWith("“Working with partners", second);
        Assert.Contains("world,” Stoltenberg", second);
        Assert.Contains("NATO’s working closely", doc.QuerySelectorAll(".story-body > p")[0].TextContent);
    }

    [Fact]
    public async Task TextThatReadsAsMarkdownBlocksStaysInsideItsHeadingOrParagraph()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", """
            2024. The year markets turned

            > A trader watches the screens
            By Jane Doe

            BERLIN (Reuters) - Markets turned.

            Recommended Stories

              • # 1 seed wins the open

                1. First of many titles.
            """);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var slug = (await client.GetPageAsync("/")).QuerySelector(".card h2 a")!.GetAttribute("href")!;

        var doc = await client.GetPageAsync(slug);
        // Not a list starting at 2024, a quote, a heading inside a heading or a list inside a teaser.
        Assert.Empty(doc.QuerySelectorAll("h1 *, figcaption blockquote, .teaser ol, .teaser ul, .teaser h1, .teaser blockquote"));
        Assert.Equal("2024. The year markets turned", doc.QuerySelector("main h1").Text());
        Assert.EndsWith("> A trader watches the screens", doc.QuerySelector("figcaption").Text());
        Assert.Equal("# 1 seed wins the open", doc.QuerySelector(".teaser .teaser-title").Text());
        Assert.Equal("1. First of many titles.", doc.QuerySelector(".teaser .teaser-summary").Text());
    }

    // A text capture is plain text: a paragraph that happens to start like Markdown's list, heading,
    // quote or rule syntax is still one paragraph, word for word.
    [Fact]
    public async Task ATextCapturesParagraphsNeverOpenMarkdownBlocks()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", """
            Markets turn

            BERLIN (Reuters) - Markets turned.

            1984. That was the year the index began.

            # 1 seed Alcaraz won in straight sets.

            > Prices fell, a trader wrote.

            - Reuters contributed to this report.

            o un acuerdo, dijo el ministro.

            + 2% on the day.

            ---
            """);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var body = (await app.CreateClient().GetPageAsync("/articles/markets-turn")).QuerySelector(".story-body")!;
        Assert.Empty(body.QuerySelectorAll("ol, ul, h2, h3, blockquote, hr"));
        Assert.Equal(
            ["BERLIN (Reuters) — Markets turned.", "1984. That was the year the index began.", "# 1 seed Alcaraz won in straight sets.",
             "> Prices fell, a trader wrote.", "- Reuters contributed to this report.", "o un acuerdo, dijo el ministro.", "+ 2% on the day."],
            // "---", a rule between sections, is left out
            body.QuerySelectorAll("p").Select(p => p.Text()));
    }

    [Fact]
    public async Task BulletedParagraphsOfATextCaptureAreOneList()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt",
            "Markets turn\n\nBERLIN (Reuters) - Markets turned.\n\nKey points:\n• Rates held\n• A cut is seen in June\n\n• Sterling rose <script>alert(1)</script>\n\nThe end.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var body = (await app.CreateClient().GetPageAsync("/articles/markets-turn")).QuerySelector(".story-body")!;
        var list = Assert.Single(body.QuerySelectorAll("ul"));
        Assert.Equal(["Rates held", "A cut is seen in June", "Sterling rose <script>alert(1)</script>"], list.QuerySelectorAll("li").Select(li => li.Text()));
        Assert.Empty(body.QuerySelectorAll("script")); // an item's text is text, like a paragraph's
        Assert.Equal("Key points:", list.PreviousElementSibling!.Text());
        Assert.Equal("The end.", list.NextElementSibling!.Text());
    }

    [Fact]
    public async Task AHeadingInTheBodySitsUnderTheHeadline()
    {
        using var seeds = new TempSeedFolder().WithFile("a.md", """
            ---
            headline: Markets turn
            ---
            BERLIN (Reuters) - Markets turned.

            # What happened

            Prices fell.

            ###### Deepest
            """);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/articles/markets-turn");
        Assert.Equal("Markets turn", Assert.Single(doc.QuerySelectorAll("h1")).Text());
        Assert.Equal("What happened", doc.QuerySelector(".story-body h2").Text());
        Assert.Equal("Deepest", doc.QuerySelector(".story-body h6").Text());
    }

    [Fact]
    public async Task AStandfirstStandsUnderTheHeadlineAndSpeaksForTheArticle()
    {
        using var seeds = new TempSeedFolder().WithFile("nato.txt", """
            NATO chief stresses ties with Japan

            Stoltenberg visits Japan after South Korea trip; calls for <i>closer</i> ties

            NATO Secretary General Jens Stoltenberg meets Japan's Prime Minister in Tokyo
            Sakura Murakami
            ·3 min read

            By Sakura Murakami

            TOKYO (Reuters) - NATO Secretary General Jens Stoltenberg said on Tuesday the alliance needed its partners.

            "Security is not regional," he said.
            """);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        const string Standfirst = "Stoltenberg visits Japan after South Korea trip; calls for <i>closer</i> ties";

        var doc = await client.GetPageAsync("/articles/nato-chief-stresses-ties-with-japan");
        var standfirst = doc.QuerySelector(".story-head h1 + p.standfirst")!;
        Assert.Equal(Standfirst, standfirst.Text());
        Assert.Empty(standfirst.QuerySelectorAll("i")); // text, never markup
        Assert.Equal("NATO Secretary General Jens Stoltenberg meets Japan’s Prime Minister in Tokyo", doc.QuerySelector("figure.photo figcaption")!.Text().Replace("Photo ", ""));
        Assert.StartsWith("TOKYO (Reuters)", doc.QuerySelector(".story-body > p")!.Text());
        Assert.Equal(Standfirst, doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));

        // The library's card and the API give it; a search finds the article by its words and shows them.
        Assert.Equal(Standfirst, (await client.GetPageAsync("/")).QuerySelector(".card-excerpt")!.Text());
        var api = await client.GetFromJsonAsync<JsonElement>("/api/articles/nato-chief-stresses-ties-with-japan");
        Assert.Equal(Standfirst, api.GetProperty("standfirst").GetString());
        var results = await client.GetPageAsync("/search?q=korea+trip");
        Assert.Contains("South Korea trip", results.QuerySelector(".result-article .result-snippet")!.Text());
    }

    [Fact]
    public async Task AnArticleWithoutAStandfirstHasNone()
    {
        var client = factory.CreateClient();
        Assert.Null((await client.GetPageAsync(Path)).QuerySelector(".standfirst"));
        var api = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{PageTests.SeedSlug}");
        Assert.Equal(JsonValueKind.Null, api.GetProperty("standfirst").ValueKind);
    }

    [Fact]
    public async Task TheTitleAndDescriptionAreSetLikeThePage()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", "Kyiv's mayor says \"enough\"\n\nKYIV (Reuters) - The city's mayor spoke.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/articles/kyivs-mayor-says-enough");
        Assert.Equal("Kyiv’s mayor says “enough” · NewsReader", doc.Title);
        Assert.Equal("Kyiv’s mayor says “enough”", doc.QuerySelector("h1").Text());
        Assert.Equal("The city’s mayor spoke.", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(doc.Title, doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task CreditsAreSplitIntoRoles()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var roles = doc.QuerySelectorAll(".credits .credit").Select(c => (c.QuerySelector("dt").Text(), c.QuerySelector("dd").Text())).ToList();
        Assert.Equal([("Reporting", "Sakura Murakami"), ("Editing", "Gerry Doyle")], roles);
    }

    [Fact]
    public async Task ArticlePageShowsOneTeaserPerRecommendedStory()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var section = doc.QuerySelector("main section.teasers");
        Assert.Equal("Recommended stories", section!.QuerySelector("h2").Text());
        var teasers = section.QuerySelectorAll(".teaser");
        Assert.Equal(20, teasers.Length);
        Assert.All(teasers, t => Assert.StartsWith("/stories/", t.QuerySelector(".teaser-title a")!.GetAttribute("href")));
        Assert.Equal("/stories/" + PageTests.StorySlug, teasers[0].QuerySelector(".teaser-title a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task TruncatedSummaryEndsWithAnEllipsis()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var summaries = doc.QuerySelectorAll(".teasers .teaser-summary").Select(p => p.TextContent.Trim()).ToList();
        Assert.EndsWith("the real estate com…", Assert.Single(summaries, s => s.EndsWith('…')));
    }

    [Fact]
    public async Task TeaserLinksToTheFullArticleWhenTheLibraryHasIt()
    {
        using var seeds = new TempSeedFolder().WithSeed()
            .WithFile("001.txt", "NATO chief urges Seoul to send military support to Ukraine\n\nSEOUL (Reuters) - NATO's chief urged South Korea on Monday to send arms.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync(Path);
        var links = doc.QuerySelectorAll(".teasers .teaser-title a").ToDictionary(a => a.Text(), a => a.GetAttribute("href"));
        Assert.Equal("/articles/nato-chief-urges-seoul-to-send-military-support-to-ukraine", links["NATO chief urges Seoul to send military support to Ukraine"]);
        Assert.Equal(19, links.Values.Count(l => l!.StartsWith("/stories/")));
    }

    [Fact]
    public async Task JsonLdIsANewsArticleNamingTheHeadline()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        var script = Assert.Single(doc.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", root.GetProperty("headline").GetString());
        Assert.Equal("Sakura Murakami", root.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Reuters", root.GetProperty("publisher").GetProperty("name").GetString());
        Assert.True(root.GetProperty("wordCount").GetInt32() > 250);
    }

    [Fact]
    public async Task OpenGraphDescribesAnArticle()
    {
        var doc = await factory.CreateClient().GetPageAsync(Path);
        Assert.Equal("article", doc.QuerySelector("meta[property='og:type']")?.GetAttribute("content"));
        Assert.Equal("Sakura Murakami", doc.QuerySelector("meta[property='article:author']")?.GetAttribute("content"));
        Assert.StartsWith("NATO Secretary-General Jens Stoltenberg", doc.QuerySelector("meta[name=description]")?.GetAttribute("content"));
    }
}
