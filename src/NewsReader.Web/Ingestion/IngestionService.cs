using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Loads the seeds folder when the host starts, before any hosted service (the web server included)
/// starts, so the first request already sees the whole library.
/// </summary>
public sealed class IngestionService(SeedLoader loader, ArticleStore store) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var snapshot = loader.Load();
        store.Publish(snapshot);
        // Build the search index off the start-up path; the first request that needs it waits for it.
        _ = Task.Run(() => snapshot.Index);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
