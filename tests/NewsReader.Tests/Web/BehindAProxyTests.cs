using System.Net;
using NewsReader.Tests.Pages;

namespace NewsReader.Tests.Web;

/// <summary>
/// Behind a TLS-terminating reverse proxy, with the framework's ASPNETCORE_FORWARDEDHEADERS_ENABLED=true (as
/// README's deployment notes say): links are made for the address the reader used, and searches are limited
/// per reader, not for everyone behind the proxy's one address.
/// </summary>
public class BehindAProxyTests
{
    static NewsReaderFactory App(Dictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string> { ["FORWARDEDHEADERS_ENABLED"] = "true" };
        foreach (var (key, value) in more ?? []) settings[key] = value;
        return new NewsReaderFactory { Settings = settings };
    }

    static HttpRequestMessage Forwarded(string path, string client, string scheme = "https")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "news.example.org";
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", scheme);
        return request;
    }

    [Fact]
    public async Task LinksAreMadeForTheAddressTheReaderUsed()
    {
        using var app = App();
        var client = app.CreateClient();

        var page = await Html.ParseAsync(await client.SendAsync(Forwarded($"/articles/{PageTests.SeedSlug}", "203.0.113.7")));
        Assert.Equal($"https://news.example.org/articles/{PageTests.SeedSlug}", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var feed = await (await client.SendAsync(Forwarded("/feed.atom", "203.0.113.7"))).Content.ReadAsStringAsync();
        Assert.Contains("href=\"https://news.example.org/feed.atom\"", feed);
    }

    [Fact]
    public async Task SearchesAreLimitedPerReaderNotPerProxy()
    {
        using var app = App(new() { ["RateLimiting:Search:PermitLimit"] = "2", ["RateLimiting:Search:WindowSeconds"] = "60" });
        var client = app.CreateClient();

        HttpStatusCode Status(HttpResponseMessage response) => response.StatusCode;
        Assert.Equal(HttpStatusCode.OK, Status(await client.SendAsync(Forwarded("/search?q=nato", "203.0.113.7"))));
        Assert.Equal(HttpStatusCode.OK, Status(await client.SendAsync(Forwarded("/search?q=nato", "203.0.113.7"))));
        Assert.Equal(HttpStatusCode.TooManyRequests, Status(await client.SendAsync(Forwarded("/search?q=nato", "203.0.113.7"))));
        // Another reader, through the same proxy, is not refused for the first one's searches.
        Assert.Equal(HttpStatusCode.OK, Status(await client.SendAsync(Forwarded("/search?q=nato", "198.51.100.20"))));
    }
}
