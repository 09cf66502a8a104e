using System.Net;

namespace NewsReader.Tests.Pages;

/// <summary>Nothing a file contains ever becomes markup.</summary>
public class SafetyTests
{
    const string Hostile = """
        Breaking <script>alert(1)</script> news

        <img src=x onerror=alert(2)> caption
        Jane Doe
        ·1 min read

        By Jane Doe

        PARIS - The body says <script>alert(1)</script> and [click](javascript:alert(3)) and ![tracker](https://example.com/t.png).

        <iframe src="https://example.com"></iframe>

        Recommended Stories

          • <b onmouseover=alert(4)>Bold</b> teaser

            Summary <script>alert(5)</script>.
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // the same markup written as HTML entities, which decoding turns back into "<script>"
    public async Task MarkupInASeedIsShownAsTextAndNeverRuns(bool asEntities)
    {
        var text = asEntities ? Hostile.Replace("<", "&lt;").Replace(">", "&#62;") : Hostile;
        using var seeds = new TempSeedFolder().WithFile("hostile.txt", text);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var slug = Assert.Single((await client.GetPageAsync("/")).QuerySelectorAll(".card h2 a")).GetAttribute("href")!;

        var doc = await client.GetPageAsync(slug);
        Assert.Empty(doc.QuerySelectorAll("main script, main img, main iframe, main b, [onerror], [onmouseover]"));
        Assert.Empty(doc.QuerySelectorAll("a[href^='javascript:']"));
        Assert.Contains("<script>alert(1)</script>", doc.QuerySelector("h1")!.TextContent);
        var first = doc.QuerySelector(".story-body p")!.TextContent;
        Assert.True(first.Contains("says <script>alert(1)</script> and click and tracker.", StringComparison.Ordinal), first);
        Assert.Contains("<iframe src=", doc.QuerySelectorAll(".story-body p")[1].TextContent);
        Assert.Contains("<b onmouseover=alert(4)>Bold</b>", doc.QuerySelector(".teaser .teaser-title")!.TextContent);
        Assert.Contains("<script>alert(5)</script>", doc.QuerySelector(".teaser-summary")!.TextContent);

        // A search snippet is written piece by piece around its marks: each piece is encoded all the same.
        var results = await client.GetPageAsync("/search?q=body+javascript");
        Assert.Empty(results.QuerySelectorAll("main script, main img, main iframe, main b, [onerror], [onmouseover]"));
        var snippet = results.QuerySelector(".result-article .result-snippet")!;
        Assert.Contains("says <script>alert(1)</script> and [click](javascript:alert(3))", snippet.TextContent);
        Assert.Equal(["body", "javascript"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task JsonLdCannotBeClosedByTheHeadline()
    {
        using var seeds = new TempSeedFolder().WithFile("x.txt", "Headline </script><script>alert(1)</script>\n\nBody.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var html = await app.CreateClient().GetStringAsync("/articles/headline-script-script-alert-1-script");
        Assert.DoesNotContain("</script><script>alert(1)", html);
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task PreferencesNeverRedirectOffSite(string returnUrl)
    {
        using var app = new NewsReaderFactory();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/preferences", new FormUrlEncodedContent(new Dictionary<string, string> { ["theme"] = "dark", ["returnUrl"] = returnUrl }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }
}
