using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using NewsReader.Web.Api;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Web;

/// <summary>
/// The first request for a page pays for the runtime loading and compiling the code that page runs: the
/// Razor Pages pipeline, the layout, the encoders, the page's own markup. On the benchmark machine that was
/// 140-275 ms of the first library page with the bundled seeds, a quarter of the start-up, and 125 ms of the
/// first article page, against 3-12 ms once warm (benchmarks/README.md). So each kind of page is rendered
/// once, off the request path, and thrown away (the response cache is keyed by the host a reader asks for,
/// unknown here; nothing is logged as a request):
/// - the library page as soon as the first library is published, on the second core while Kestrel starts
///   on the first (the library's stories and index wait for it);
/// - an article, a search, the stories and a story, the browse pages and the ingestion report once those are
///   built, when the start-up's work is done; then the
///   JSON API's answers for the same, written nowhere (the API's first answer built its types' contracts for
///   System.Text.Json: 40-60 ms of the first /api/articles/{slug}).
/// </summary>
public sealed class PageWarmUp(IActionDescriptorCollectionProvider actions, IActionInvokerFactory invokers, IServiceScopeFactory scopes,
    ArticleStore store, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, ILogger<PageWarmUp> logger)
{
    readonly TaskCompletionSource<int> _library = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly TaskCompletionSource<IReadOnlyList<int>> _reading = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The status code the library page's warm-up render answered with.</summary>
    internal Task<int> LibraryRendered => _library.Task;

    /// <summary>The status codes of the reading pages' warm-up renders: the article, search, stories, a story,
    /// the browse index, a browse page and the ingestion report (no article, story or author: none of its page).</summary>
    internal Task<IReadOnlyList<int>> ReadingPagesRendered => _reading.Task;

    internal async Task RenderLibraryPageAsync()
    {
        try
        {
            _library.TrySetResult(await RenderAsync("/Index", "/"));
        }
        catch (Exception e)
        {
            _library.TrySetException(e);
            throw; // the ingestion service logs it, and prepares the library all the same
        }
    }

    internal async Task RenderReadingPagesAsync()
    {
        try
        {
            var statuses = new List<int>();
            var library = store.Current;
            var article = library.Articles.FirstOrDefault();
            if (article is not null)
                statuses.Add(await RenderAsync("/Articles/Article", $"/articles/{article.Slug}", new() { ["slug"] = article.Slug }));
            // A search for the article's headline finds it, so the results, their marks and the pager run too.
            statuses.Add(await RenderAsync("/Search/Index", "/search", query: QueryString.Create("q", article?.Headline ?? "news")));
            statuses.Add(await RenderAsync("/Stories/Index", "/stories"));
            // A story's page, the browse index, a browse page when the library names anyone, and the ingestion
            // report: at first 37-40, 32-45, 20-32 and 19-27 ms.
            if (library.Stories.FirstOrDefault() is { } story)
                statuses.Add(await RenderAsync("/Stories/Story", $"/stories/{story.Slug}", new() { ["slug"] = story.Slug }));
            statuses.Add(await RenderAsync("/Browse/FacetIndex", "/authors"));
            if (library.Authors.Keys.FirstOrDefault() is { } author)
                statuses.Add(await RenderAsync("/Browse/Facet", $"/authors/{author}", new() { ["slug"] = author }));
            statuses.Add(await RenderAsync("/Ingestion", "/ingestion"));
            await WriteApiAnswersAsync();
            _reading.TrySetResult(statuses);
        }
        catch (Exception e)
        {
            _reading.TrySetException(e);
            logger.LogWarning(e, "Rendering the article, stories and search pages ahead of their first readers failed");
        }
    }

    // The API's answers, serialised with its own options into nothing: each type's contract is built once.
    async Task WriteApiAnswersAsync()
    {
        var library = store.Current;
        var options = json.Value.SerializerOptions;
        async Task Write<T>(T value) => await JsonSerializer.SerializeAsync(Stream.Null, value, options);
        var article = library.Articles.FirstOrDefault();
        if (article is not null) await Write(ArticleDetail.From(article, library));
        await Write(library.Articles.Take(1).Select(ArticleSummary.From));
        if (library.Stories.FirstOrDefault() is { } story)
        {
            await Write(library.Stories.Take(1).Select(StorySummary.From));
            await Write(StoryDetail.From(story));
        }
        var found = library.Index.Search(article?.Headline ?? "news", 0, 1);
        await Write(new SearchResponse("news", found.Total, 0, [.. found.Hits.Select(SearchResult.From)], [new BrowseItem("authors", "a", "A", 1)]));
        await Write(IngestionSummary.From(library));
        await Write(library.Authors.Values.Take(1).Select(FacetSummary.From));
    }

    /// <summary>Invokes a page as its endpoint would, found among the actions: listing the endpoints would build
    /// every minimal API handler, which routing then builds again.</summary>
    async Task<int> RenderAsync(string page, string path, RouteValueDictionary? routeValues = null, QueryString query = default)
    {
        var descriptor = actions.ActionDescriptors.Items.OfType<PageActionDescriptor>().First(d => d.ViewEnginePath == page);
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = Uri.UriSchemeHttp;
        context.Request.Host = new HostString("localhost");
        context.Request.Path = path;
        context.Request.QueryString = query;
        context.Request.RouteValues = new RouteValueDictionary(routeValues) { ["page"] = page };
        context.Response.Body = Stream.Null;
        var invoker = invokers.CreateInvoker(new ActionContext(context, new RouteData(context.Request.RouteValues), descriptor))
            ?? throw new InvalidOperationException($"No invoker for the page {page}");
        await invoker.InvokeAsync();
        if (context.Response.StatusCode != StatusCodes.Status200OK)
            logger.LogWarning("Rendering {Path} ahead of its first reader answered {StatusCode}", path, context.Response.StatusCode);
        return context.Response.StatusCode;
    }
}

public static class PageWarmUpExtensions
{
    public static IServiceCollection AddPageWarmUp(this IServiceCollection services) => services.AddSingleton<PageWarmUp>();

    /// <summary>Renders each kind of page once while the app starts (see <see cref="PageWarmUp"/>).</summary>
    public static WebApplication WarmUpPagesWhileStarting(this WebApplication app)
    {
        var warmUp = app.Services.GetRequiredService<PageWarmUp>();
        var ingestion = app.Services.GetRequiredService<IngestionService>();
        ingestion.WhenFirstLoaded(warmUp.RenderLibraryPageAsync);
        _ = ingestion.Prepared.ContinueWith(_ => warmUp.RenderReadingPagesAsync(), CancellationToken.None,
            TaskContinuationOptions.RunContinuationsAsynchronously, TaskScheduler.Default);
        // The renders have no endpoint to find the static assets' fingerprinted names on, so the layout's link
        // tag helpers version the files themselves, and that makes the web root's file provider watch wwwroot.
        // The host never disposes that provider: every host that stopped left an inotify instance behind, and
        // the tests, which start dozens of apps, came within a few of Linux's default limit of 128.
        app.Lifetime.ApplicationStopped.Register(() => Release(app.Environment.WebRootFileProvider));
        return app;
    }

    static void Release(IFileProvider files)
    {
        if (files is CompositeFileProvider composite)
            foreach (var inner in composite.FileProviders) Release(inner);
        else (files as IDisposable)?.Dispose();
    }
}
