using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Web;

/// <summary>
/// The first request for a page pays for the runtime loading and compiling the code every page runs: the
/// Razor Pages pipeline, the layout, the encoders. On the benchmark machine that was 140-250 ms of the first
/// library page with the bundled seeds, against a few once warm, a quarter of the start-up
/// (benchmarks/README.md). So the library page is rendered once, off the request path, as soon as the first
/// library is published: on the second core, while Kestrel starts on the first. Nothing is kept of it (the
/// response cache is keyed by the host a reader asks for, unknown here) and nothing is logged as a request.
/// </summary>
public sealed class LibraryPageWarmUp(IServiceScopeFactory scopes, ILogger<LibraryPageWarmUp> logger)
{
    readonly TaskCompletionSource<int> _rendered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The status code the warm-up render answered with.</summary>
    internal Task<int> Rendered => _rendered.Task;

    internal async Task RenderAsync(IEnumerable<EndpointDataSource> sources)
    {
        try
        {
            var endpoint = sources.SelectMany(source => source.Endpoints)
                .First(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == "/Index");
            await using var scope = scopes.CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = Uri.UriSchemeHttp;
            context.Request.Host = new HostString("localhost");
            context.Request.Path = "/";
            context.Request.RouteValues["page"] = "/Index";
            context.Response.Body = Stream.Null;
            context.SetEndpoint(endpoint);
            await endpoint.RequestDelegate!(context);
            if (context.Response.StatusCode != StatusCodes.Status200OK)
                logger.LogWarning("Rendering the library page ahead of its first reader answered {StatusCode}", context.Response.StatusCode);
            _rendered.TrySetResult(context.Response.StatusCode);
        }
        catch (Exception e)
        {
            _rendered.TrySetException(e);
            throw;
        }
    }
}

public static class LibraryPageWarmUpExtensions
{
    public static IServiceCollection AddLibraryPageWarmUp(this IServiceCollection services) => services.AddSingleton<LibraryPageWarmUp>();

    /// <summary>Renders the library page once while the server starts (after <c>MapRazorPages</c>, before <c>Run</c>).</summary>
    public static WebApplication RenderLibraryPageWhileStarting(this WebApplication app)
    {
        var sources = ((IEndpointRouteBuilder)app).DataSources;
        var warmUp = app.Services.GetRequiredService<LibraryPageWarmUp>();
        app.Services.GetRequiredService<IngestionService>().WhenFirstLoaded(() => warmUp.RenderAsync(sources));
        return app;
    }
}
