using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace NewsReader.Tests.Pages;

/// <summary>The stylesheet, script and icon: linked by a name that carries their content's fingerprint, so a
/// browser keeps them for a year and asks again only when they change.</summary>
public class StaticFileTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Theory]
    [InlineData("link[rel=stylesheet]", "href", "css/site.css")]
    [InlineData("script[src]", "src", "js/reader.js")]
    [InlineData("link[rel=icon]", "href", "favicon.svg")]
    public async Task StaticFilesAreLinkedByFingerprintAndKeptForAYear(string selector, string attribute, string file)
    {
        var client = factory.CreateClient();
        var doc = await client.GetPageAsync("/");
        var url = doc.QuerySelector(selector)?.GetAttribute(attribute);
        Assert.NotNull(url);
        var extension = Path.GetExtension(file);
        Assert.Matches($@"^/{Path.ChangeExtension(file, null)}\.[a-z0-9]+\{extension}$", url);

        var expected = await ReadWebRootAsync(file);
        // Plain and compressed: the answer is the framework's, not the page cache's (which would mark it
        // "no-cache" and compress it again).
        foreach (var encoding in new[] { "", "gzip", "br" })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (encoding.Length > 0) request.Headers.AcceptEncoding.ParseAdd(encoding);
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = response.Headers.CacheControl;
            Assert.NotNull(cacheControl);
            Assert.True(cacheControl.MaxAge >= TimeSpan.FromDays(365), cacheControl.ToString());
            Assert.Contains("immutable", cacheControl.ToString());
            var coding = response.Content.Headers.ContentEncoding.SingleOrDefault();
            Assert.True(coding is null || coding == encoding, $"asked for '{encoding}', got '{coding}'");
            Assert.Equal(expected, ContentCoding.Decode(await response.Content.ReadAsByteArrayAsync(), coding));
        }
    }

    // The layout reads the fingerprinted names from the page endpoint's asset collection; a page shown
    // for another address (the 404 page, re-executed) and every kind of page must find them too.
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/search?q=tokyo", HttpStatusCode.OK)]
    [InlineData("/ingestion", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/articles/no-such-article", HttpStatusCode.NotFound)]
    public async Task EveryPageLinksTheFingerprintedFiles(string path, HttpStatusCode status)
    {
        var doc = await factory.CreateClient().GetPageAsync(path, status);

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", doc.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Matches(@"^/js/reader\.[a-z0-9]+\.js$", doc.QuerySelector("script[src]")?.GetAttribute("src"));
        Assert.Matches(@"^/favicon\.[a-z0-9]+\.svg$", doc.QuerySelector("link[rel=icon]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheUnversionedNameIsStillServedAndRevalidated()
    {
        var response = await factory.CreateClient().GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.NotNull(response.Headers.ETag);
        Assert.Equal(await ReadWebRootAsync("css/site.css"), await response.Content.ReadAsByteArrayAsync());
    }

    async Task<byte[]> ReadWebRootAsync(string file)
    {
        var info = factory.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetFileInfo(file);
        Assert.True(info.Exists, file);
        await using var stream = info.CreateReadStream();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }
}
