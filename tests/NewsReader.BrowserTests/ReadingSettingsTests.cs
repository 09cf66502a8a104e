namespace NewsReader.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ReadingSettingsTests(BrowserFixture browser)
{
    const string ArticlePath = "/articles/" + ReaderApp.SeedSlug;

    static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    [Fact]
    public async Task DarkThemeAppliesAtOnceAndSurvivesAReload()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(ArticlePath);
        var light = await BackgroundAsync(page);

        await page.GetByText("Reading settings").ClickAsync();
        await page.GetByLabel("Dark", new() { Exact = true }).CheckAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        var dark = await BackgroundAsync(page);
        Assert.NotEqual(light, dark);

        await page.ReloadAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        Assert.Equal(dark, await BackgroundAsync(page));

        await page.GotoAsync("/stories");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
    }

    [Fact]
    public async Task SettingsWorkWithJavaScriptOff()
    {
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.GotoAsync(ArticlePath);
        await page.GetByText("Reading settings").ClickAsync();
        await page.GetByLabel("Sepia", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Sans-serif", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(ArticlePath + "$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "sepia");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-font", "sans");
    }

    [Fact]
    public async Task TextSizeChangesTheBodyText()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(ArticlePath);
        var paragraph = page.Locator(".story-body > p").First;
        var before = await paragraph.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");

        await page.GetByText("Reading settings").ClickAsync();
        await page.GetByLabel("Extra large").CheckAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-size", "xl");
        var after = await paragraph.EvaluateAsync<double>("p => parseFloat(getComputedStyle(p).fontSize)");
        Assert.True(after > before * 1.2, $"font size {before}px → {after}px");
    }
}
