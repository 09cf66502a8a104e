using Deque.AxeCore.Playwright;

namespace NewsReader.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task FirstTabReachesTheSkipLinkAndEnterMovesFocusToMain()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/articles/" + ReaderApp.SeedSlug);
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("main#main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        // The next stop is inside the main content, not back in the header.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/" + ReaderApp.SeedSlug)]
    [InlineData("/stories")]
    [InlineData("/stories/nato-japan-pledge-to-strengthen-ties-in-face-of-historic-security-threat")]
    [InlineData("/ingestion")]
    [InlineData("/authors")]
    public async Task NothingScrollsSidewaysAt390PixelsWide(string path)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await page.GotoAsync(path);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the viewport");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/" + ReaderApp.SeedSlug)]
    [InlineData("/stories/nato-japan-pledge-to-strengthen-ties-in-face-of-historic-security-threat")]
    [InlineData("/articles/no-such-article")]
    [InlineData("/ingestion")]
    [InlineData("/authors")]
    public async Task AxeFindsNoViolations(string path)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({v.Nodes.Length} nodes: {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }

    [Fact]
    public async Task AxeFindsNoViolationsInTheDarkTheme()
    {
        var page = await browser.NewPageAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync("/articles/" + ReaderApp.SeedSlug);
        var results = await page.RunAxe();
        Assert.Empty(results.Violations.Select(v => v.Id));
    }
}
