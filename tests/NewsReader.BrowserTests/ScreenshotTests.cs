namespace NewsReader.BrowserTests;

/// <summary>Screenshots of the article page for people to look at: artifacts/screenshots/ (see the README).</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    public static TheoryData<string, int, int, string> Shots => new()
    {
        { "article-desktop-light.png", 1280, 900, "light" },
        { "article-desktop-dark.png", 1280, 900, "dark" },
        { "article-mobile-390.png", 390, 844, "light" },
    };

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task ArticleScreenshot(string file, int width, int height, string scheme)
    {
        var page = await browser.NewPageAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
            IsMobile = width < 500,
            DeviceScaleFactor = width < 500 ? 2 : 1,
        });
        await page.GotoAsync("/articles/" + ReaderApp.SeedSlug);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        var path = Path.Combine(Repository.Screenshots, file);
        var png = await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        Assert.True(png.Length > 10_000, $"{file} is only {png.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal(scheme == "dark" ? "rgb(20, 20, 20)" : "rgb(253, 253, 252)", background);
    }
}
