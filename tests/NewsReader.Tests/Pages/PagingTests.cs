using System.Net;
using NewsReader.SeedGenerator;

namespace NewsReader.Tests.Pages;

/// <summary>Long lists come 50 to a page with previous/next links; a page past the end is a 404.</summary>
public sealed class PagingTests : IDisposable
{
    readonly TempSeedFolder _seeds = new();
    readonly NewsReaderFactory _app;

    public PagingTests()
    {
        SyntheticLibrary.WriteTo(_seeds.Path, 120);
        _app = new NewsReaderFactory { SeedsPath = _seeds.Path };
    }

    public void Dispose()
    {
        _app.Dispose();
        _seeds.Dispose();
    }

    [Fact]
    public async Task LibraryShowsFiftyCardsAPageWithLinksBetweenPages()
    {
        var client = _app.CreateClient();
        var first = await client.GetPageAsync("/");
        Assert.Equal(50, first.QuerySelectorAll(".card").Length);
        Assert.Equal("/?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("Page 1 of 3", first.QuerySelector(".pager-where").Text());

        var last = await client.GetPageAsync("/?page=3");
        Assert.Equal(20, last.QuerySelectorAll(".card").Length);
        Assert.Equal("101", last.QuerySelector("ol.cards")?.GetAttribute("start"));
        Assert.Equal("/?page=2", last.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(last.QuerySelector(".pager a[rel=next]"));
        Assert.EndsWith("/?page=3", last.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));

        var firstTitles = first.QuerySelectorAll(".card h2").Select(h => h.Text()).ToHashSet();
        Assert.DoesNotContain(last.QuerySelectorAll(".card h2").Select(h => h.Text()), firstTitles.Contains);
    }

    [Theory]
    [InlineData("/?page=4")]
    [InlineData("/?page=0")]
    [InlineData("/?page=-1")]
    [InlineData("/stories?page=9999")]
    public async Task PagePastTheEndIs404(string path) =>
        Assert.Equal("Page not found", (await _app.CreateClient().GetPageAsync(path, HttpStatusCode.NotFound)).QuerySelector("h1").Text());

    [Fact]
    public async Task StoriesArePagedToo()
    {
        var doc = await _app.CreateClient().GetPageAsync("/stories");
        Assert.Equal(50, doc.QuerySelectorAll(".story-item").Length);
        Assert.Equal("/stories?page=2", doc.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ASmallLibraryHasNoPager()
    {
        using var app = new NewsReaderFactory();
        Assert.Null((await app.CreateClient().GetPageAsync("/")).QuerySelector(".pager"));
    }
}
