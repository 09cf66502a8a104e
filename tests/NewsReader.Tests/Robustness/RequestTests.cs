using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsReader.Tests.Pages;
using Serilog.Core;
using Serilog.Events;

namespace NewsReader.Tests.Robustness;

public class RequestTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Theory]
    [InlineData("/articles/..%2f..%2fappsettings.json")]
    [InlineData("/articles/%2e%2e%2f%2e%2e%2fetc%2fpasswd")]
    [InlineData("/articles/%C0%AE%C0%AE%2F")]
    [InlineData("/articles/%E2%80%AE")]
    [InlineData("/articles/NATO-Chief")]
    [InlineData("/articles/nato_chief")]
    [InlineData("/stories/%FF%FE")]
    [InlineData("/authors/..%5c..%5cwindows")]
    [InlineData("/css/..%2f..%2fappsettings.json")]
    [InlineData("/../appsettings.json")]
    [InlineData("/appsettings.json")]
    [InlineData("/NewsReader.Web.dll")]
    public async Task OddPathsGet4xxNeverA500OrAFile(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.InRange((int)response.StatusCode, 400, 499);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"Seeds\"", body);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task VeryLongSlugIs404()
    {
        var response = await factory.CreateClient().GetAsync("/articles/" + new string('a', 6000));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData($"/articles/{PageTests.SeedSlug}")]
    [InlineData("/api/articles")]
    [InlineData($"/api/articles/{PageTests.SeedSlug}")]
    [InlineData("/api/stories")]
    [InlineData($"/api/stories/{PageTests.StorySlug}")]
    [InlineData("/api/ingestion")]
    [InlineData("/api/search?q=nato")]
    [InlineData("/feed.atom")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/css/site.css")]
    [InlineData("/js/reader.js")]
    [InlineData("/favicon.svg")]
    public async Task HeadAnswersWhereverGetDoes(string path)
    {
        // An app of its own, asked HEAD first: a HEAD after a GET is answered from the response cache.
        using var app = new NewsReaderFactory();
        var client = app.CreateClient();
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        var get = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        // The HEAD that came first must not leave its empty body to the readers after it (the feeds, the
        // sitemap and the static files write none for HEAD): the GET is whole, and the HEAD told its length.
        var body = await get.Content.ReadAsByteArrayAsync();
        Assert.NotEmpty(body);
        Assert.Equal(body.Length, get.Content.Headers.ContentLength);
        Assert.Equal(body.Length, head.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("GET", "/api/articles/no-such-article", 404)]
    [InlineData("GET", "/api/nothing-here", 404)]
    [InlineData("GET", "/api/search", 400)]
    [InlineData("POST", "/api/articles", 405)]
    [InlineData("DELETE", "/api/articles/nato", 405)]
    public async Task EveryApiErrorIsProblemJsonWithATraceId(string method, string path, int status)
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
    }

    [Fact]
    public async Task SearchIsRateLimitedWithRetryAfter()
    {
        using var app = new NewsReaderFactory { Settings = { ["RateLimiting:Search:PermitLimit"] = "3", ["RateLimiting:Search:WindowSeconds"] = "60" } };
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/search?q=nato{i}")).StatusCode);

        var api = await client.GetAsync("/api/search?q=nato");
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.InRange(int.Parse(api.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);

        var page = await client.GetAsync("/search?q=nato");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("Too many searches", (await Html.ParseAsync(page)).QuerySelector("h1").Text());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode); // other pages are not limited
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/articles")).StatusCode); // nor the rest of the API
    }

    sealed class Collector : ILogEventSink
    {
        readonly TaskCompletionSource _notFoundLogged = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public List<LogEvent> Events { get; } = [];

        /// <summary>Completes when the request log of the 404 arrives: it is written after the response is sent.</summary>
        public Task NotFoundLogged => _notFoundLogged.Task;

        public void Emit(LogEvent logEvent)
        {
            lock (Events) Events.Add(logEvent);
            if (logEvent.MessageTemplate.Text.StartsWith("HTTP ") && logEvent.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "404")
                _notFoundLogged.TrySetResult();
        }
    }

    [Fact]
    public async Task EveryLogLineOfARequestCarriesItsRequestId()
    {
        var collector = new Collector();
        using var app = new LoggingFactory(collector);
        await app.CreateClient().GetAsync($"/articles/{Pages.PageTests.SeedSlug}");
        await app.CreateClient().GetAsync("/articles/no-such-article");
        var logged = await Task.WhenAny(collector.NotFoundLogged, Task.Delay(TimeSpan.FromSeconds(15))) == collector.NotFoundLogged; // a hang guard, not a sleep
        lock (collector.Events)
            Assert.True(logged, string.Join(" | ", collector.Events.Select(e => e.MessageTemplate.Text + " " + (e.Properties.TryGetValue("StatusCode", out var v) ? v.ToString() : ""))));
        LogEvent[] requestEvents;
        lock (collector.Events) requestEvents = [.. collector.Events.Where(e => e.Properties.ContainsKey("RequestPath") || e.MessageTemplate.Text.StartsWith("HTTP "))];
        Assert.True(requestEvents.Length >= 2, $"{collector.Events.Count} events: " + string.Join(" | ", collector.Events.Take(5).Select(e => e.MessageTemplate.Text + " " + string.Join(",", e.Properties.Keys))));
        Assert.All(requestEvents, e => Assert.True(e.Properties.ContainsKey("RequestId"), e.MessageTemplate.Text));
    }

    sealed class LoggingFactory(Collector collector) : NewsReaderFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureServices(s => s.AddSingleton<ILogEventSink>(collector));
        }
    }
}

/// <summary>What only a real socket can send: the test server's client refuses a NUL in a path.</summary>
public class RawRequestTests
{
    sealed class KestrelApp : NewsReaderFactory
    {
        public KestrelApp() => UseKestrel(0);
    }

    [Theory]
    [InlineData("/articles/%00")]
    [InlineData("/api/articles/%00")]
    [InlineData("/articles/a%00b")]
    public async Task NulInAPathIsABadRequestNotAnError(string path)
    {
        using var app = new KestrelApp();
        app.StartServer();
        using var client = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        var response = await client.GetAsync(path);
        Assert.InRange((int)response.StatusCode, 400, 404);
    }

    [Fact]
    public async Task OverlongRequestLineIsRefused()
    {
        using var app = new KestrelApp();
        app.StartServer();
        using var client = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        var response = await client.GetAsync("/articles/" + new string('a', 20_000));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}

/// <summary>Stopping the host (what SIGTERM does) lets a request in flight finish.</summary>
public class GracefulShutdownTests
{
    sealed class SlowApp : NewsReaderFactory
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public SlowApp() => UseKestrel(0);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new SlowEndpoint(this)));
        }
    }

    sealed class SlowEndpoint(SlowApp app) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Map("/test-slow", slow => slow.Run(async context =>
            {
                app.Entered.TrySetResult();
                await app.Release.Task;
                await context.Response.WriteAsync("finished");
            }));
            next(builder);
        };
    }

    [Fact]
    public async Task RequestInFlightCompletesWhenTheHostStops()
    {
        var app = new SlowApp();
        app.StartServer();
        using var client = new HttpClient { BaseAddress = app.ClientOptions.BaseAddress };
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStopping.Register(() => app.Release.TrySetResult()); // let it finish only once stopping began

        var inFlight = client.GetStringAsync("/test-slow");
        await app.Entered.Task;
        var stopping = app.DisposeAsync().AsTask();
        Assert.Equal("finished", await inFlight);
        await stopping;
        Assert.True(lifetime.ApplicationStopping.IsCancellationRequested);
    }
}
