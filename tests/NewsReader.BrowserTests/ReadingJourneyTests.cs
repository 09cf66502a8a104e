namespace NewsReader.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReadingJourneyTests(BrowserFixture browser)
{
    const string ArticlePath = "/articles/" + ReaderApp.SeedSlug;

    [Fact]
    public async Task LibraryListsTheArticlesAsCards()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Library", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main .card")).ToHaveCountAsync(2);
        await Expect(page.Locator("main .card h2 a").First).ToHaveTextAsync("NATO chief stresses importance of Indo-Pacific partners amid security tensions");
    }

    [Fact]
    public async Task ArticleShowsHeadlineCaptionBylineDatelineParagraphsAndTeasers()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "NATO chief stresses importance of Indo-Pacific partners amid security tensions" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Uri(browser.App.BaseAddress, ArticlePath).ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("NATO chief stresses importance of Indo-Pacific partners amid security tensions");
        await Expect(page.Locator("figure figcaption")).ToContainTextAsync("NATO Secretary General Jens Stoltenberg speaks at Keio University in Tokyo");
        await Expect(page.Locator(".story-head .facts")).ToContainTextAsync("By Sakura Murakami");
        await Expect(page.Locator(".story-head .facts")).ToContainTextAsync("1 min read");
        await Expect(page.Locator(".story-body .dateline")).ToHaveTextAsync("TOKYO (Reuters)");
        await Expect(page.Locator(".story-body > p")).ToHaveCountAsync(8);
        await Expect(page.Locator(".teasers .teaser")).ToHaveCountAsync(20);
        await Expect(page.Locator(".credits")).ToContainTextAsync("Gerry Doyle");
    }

    [Fact]
    public async Task TeaserLeadsToItsStoryAndBack()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(ArticlePath);
        var teaser = page.Locator(".teaser .teaser-title a").First;
        await Expect(teaser).ToHaveTextAsync("NATO, Japan pledge to strengthen ties in face of ‘historic’ security threat");
        await teaser.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/stories/nato-japan-pledge-to-strengthen-ties-in-face-of-historic-security-threat$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("NATO, Japan pledge to strengthen ties in face of ‘historic’ security threat");

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(ArticlePath + "$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("NATO chief stresses importance of Indo-Pacific partners amid security tensions");
    }

    [Fact]
    public async Task TeaserForAnArticleInTheLibraryOpensThatArticle()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(ArticlePath);
        await page.Locator(".teaser-in-library .teaser-title a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/articles/" + ReaderApp.SecondSlug + "$"));
        await Expect(page.Locator(".story-body .dateline")).ToHaveTextAsync("SEOUL (Reuters)");
    }

    [Fact]
    public async Task StoriesLeadToAnArticleThatRecommendsThem()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Stories", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Recommended stories");
        await Expect(page.Locator(".story-item")).ToHaveCountAsync(20);

        await page.Locator(".story-item h2 a").Nth(1).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Explainer: What is driving the violence in eastern Congo?");
        await page.Locator(".recommended-by li > a").First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("NATO chief stresses importance of Indo-Pacific partners amid security tensions");
    }

    [Fact]
    public async Task MadeUpSlugShowsTheNotFoundPage()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/articles/this-story-was-never-written");
        Assert.Equal(404, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Browse the library" })).ToBeVisibleAsync();
    }
}
