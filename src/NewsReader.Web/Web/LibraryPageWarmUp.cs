using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Web;

/// <summary>
/// The first request for a page pays for the runtime loading and compiling the code every page runs: the
/// Razor Pages pipeline, the layout, the encoders. On the benchmark machine that was 140-275 ms of the first
/// library page with the bundled seeds, against a few once warm, a quarter of the start-up
/// (benchmarks/README.md). So the library page is rendered once, off the request path, as soon as the first
/// library is published: on the second core, while Kestrel starts on the first. Nothing is kept of it (the
/// response cache is keyed by the host a reader asks for, unknown here) and nothing is logged as a request.
/// </summary>
public sealed class LibraryPageWarmUp(IActionDescriptorCollectionProvider actions, IActionInvokerFactory invokers, IServiceScopeFactory scopes,
    ILogger<LibraryPageWarmUp> logger)
{
    readonly TaskCompletionSource<int> _rendered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The status code the warm-up render answered with.</summary>
    internal Task<int> Rendered => _rendered.Task;

    internal async Task RenderAsync()
    {
        try
        {
            // The page is invoked as its endpoint would invoke it, but found among the actions rather than the
            // endpoints: listing the endpoints would build every minimal API handler, which routing then builds again.
            var page = actions.ActionDescriptors.Items.OfType<PageActionDescriptor>().First(page => page.ViewEnginePath == "/Index");
            await using var scope = scopes.CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = Uri.UriSchemeHttp;
            context.Request.Host = new HostString("localhost");
            context.Request.Path = "/";
            context.Request.RouteValues["page"] = "/Index";
            context.Response.Body = Stream.Null;
            var invoker = invokers.CreateInvoker(new ActionContext(context, new RouteData(context.Request.RouteValues), page))
                ?? throw new InvalidOperationException("No invoker for the library page");
            await invoker.InvokeAsync();
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

    /// <summary>Renders the library page once while the server starts, as soon as the first library is published.</summary>
    public static WebApplication RenderLibraryPageWhileStarting(this WebApplication app)
    {
        var warmUp = app.Services.GetRequiredService<LibraryPageWarmUp>();
        app.Services.GetRequiredService<IngestionService>().WhenFirstLoaded(warmUp.RenderAsync);
        return app;
    }
}
