using System.Net;
using System.Text;
using NewsReader.Tests.Pages;

namespace NewsReader.Tests.Robustness;

/// <summary>
/// Seeded random requests (methods, odd paths and queries, Accept, Accept-Encoding, If-None-Match, cookies,
/// bodies of any type) against the whole app: whatever a client sends, the answer is never a 5xx. Each
/// bug this kind of run found is also pinned by a named test (the error pages, API errors for clients that
/// accept no JSON, the preferences form).
/// </summary>
public class RequestFuzzTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    static readonly string[] Methods = ["GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"];
    static readonly string[] Paths =
    [
        "/", "/stories", "/ingestion", "/search", "/articles/", "/authors/", "/places/", "/agencies/", "/stories/", "/feed.atom",
        "/sitemap.xml", "/robots.txt", "/preferences", "/error", "/errors/", "/healthz", "/css/site.css", "/js/reader.js",
        "/api/articles", "/api/articles/", "/api/stories", "/api/stories/", "/api/search", "/api/ingestion", "/api/",
        $"/articles/{PageTests.SeedSlug}", $"/api/articles/{PageTests.SeedSlug}", $"/stories/{PageTests.StorySlug}",
        $"/api/stories/{PageTests.StorySlug}",
    ];
    // No %00: the in-memory test server refuses it before the app sees it; on Kestrel it is a 400
    // (RequestTests.NulInAPathIsABadRequestNotAnError).
    static readonly string[] Pieces =
    [
        "a", "Z", "9", "-", "_", ".", "..", "~", "/", "//", "%2f", "%2e%2e", "%ff", "%c0%ae", "%e2%80%ae", "%", "%%", "+",
        "é", "中", "'", "\"", "<script>", "&", "=", ";", ":", "@", "!", "(", ")", "*", ",", "500", "404", "0", "-1", "99999999999",
    ];
    static readonly string[] Keys = ["page", "q", "limit", "returnUrl", "theme", "v", "x"];
    static readonly string[] Accepts = ["text/html", "application/json", "application/xml", "*/*", "text/html;q=0", "image/webp", ""];
    static readonly string[] Encodings = ["br", "gzip", "gzip;q=0, br;q=0", "*", "identity;q=0", ",,;q=", "br;q=abc"];
    static readonly string[] Tags = ["*", "W/\"x\"", "\"", "garbage", ",,,", "\"0000\", W/"];
    static readonly string[] BodyTypes =
    [
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data", "application/json",
        "text/plain", "application/octet-stream",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task NoRequestGetsA5xx(int seed)
    {
        var random = new Random(seed);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var failures = new List<string>();
        for (var i = 0; i < 400; i++)
        {
            var request = RandomRequest(random);
            var described = $"{request.Method} {request.RequestUri} {string.Join(" | ", request.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"))}";
            var response = await client.SendAsync(request);
            if ((int)response.StatusCode >= 500) failures.Add($"{(int)response.StatusCode} for {described}");
        }
        Assert.Empty(failures);
    }

    static HttpRequestMessage RandomRequest(Random random)
    {
        string Pick(string[] from) => from[random.Next(from.Length)];
        string Junk(int max) => string.Concat(Enumerable.Range(0, random.Next(max + 1)).Select(_ => Pick(Pieces)));

        var target = Pick(Paths) + Junk(4);
        if (random.Next(3) == 0) target += $"?{Pick(Keys)}={Junk(5)}";
        if (random.Next(6) == 0) target += $"&{Pick(Keys)}={Junk(3)}";
        var request = new HttpRequestMessage(new HttpMethod(Pick(Methods)), new Uri("http://localhost" + Escape(target)));
        if (random.Next(4) == 0) request.Headers.TryAddWithoutValidation("Accept", Pick(Accepts));
        if (random.Next(4) == 0) request.Headers.TryAddWithoutValidation("Accept-Encoding", Pick(Encodings));
        if (random.Next(8) == 0) request.Headers.TryAddWithoutValidation("If-None-Match", Pick(Tags));
        if (random.Next(5) == 0) request.Headers.TryAddWithoutValidation("Cookie", $"reader={Junk(4)}");
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && random.Next(2) == 0)
        {
            request.Content = new StringContent($"theme={Junk(2)}&size={Junk(2)}&returnUrl={Junk(4)}", Encoding.UTF8);
            request.Content.Headers.Remove("Content-Type");
            request.Content.Headers.TryAddWithoutValidation("Content-Type", Pick(BodyTypes));
        }
        return request;
    }

    // What a client would put on the wire: anything outside printable ASCII percent-encoded, the rest as is.
    static string Escape(string target)
    {
        var escaped = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(target))
            escaped.Append(b is > 0x20 and < 0x7f and not (byte)'"' and not (byte)'<' and not (byte)'>' ? ((char)b).ToString() : $"%{b:X2}");
        return escaped.ToString();
    }
}
