using System.Runtime;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Keeps the library in step with the seeds folder. It loads everything while the host is starting
/// (before the web server), then watches the folder (<see cref="SeedFolderWatcher"/>, which follows the
/// folder itself being deleted, made or relinked): file-system events are debounced into one rescan,
/// files still being written are retried once they settle, and a periodic rescan catches whatever the
/// watcher missed. Each change publishes one new immutable snapshot.
/// </summary>
public sealed class IngestionService(SeedLoader loader, ArticleStore store, IOptions<SeedOptions> options, ILogger<IngestionService> logger)
    : BackgroundService, IHostedLifecycleService
{
    readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    readonly TaskCompletionSource _prepared = new(TaskCreationOptions.RunContinuationsAsynchronously);
    LibrarySnapshot? _first;
    Func<Task>? _whenFirstLoaded;
    SeedFolderWatcher? _watcher;
    Task _firstLoadedWork = Task.CompletedTask;

    /// <summary>
    /// Completes when the first library's stories and search index are built and the loading peak's memory
    /// is handed back; that work starts once the server is up (<see cref="StartedAsync"/>).
    /// </summary>
    internal Task Prepared => _prepared.Task;

    /// <summary>
    /// Work to start as soon as the first library is published, while the server itself is still starting
    /// (the library page's warm-up render). The library's stories and index wait for it to finish, so the
    /// two never share the second core with the first request. Set before the host starts.
    /// </summary>
    public void WhenFirstLoaded(Func<Task> work) => _whenFirstLoaded = work;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        // Background collections stay off while the first library loads: on two cores their thread
        // competes with loading (a 10,000-article start-up took 100-300 ms longer). They come back once
        // it is published and indexed, where they keep a reload's full collection from pausing requests.
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        // The folder is watched from before the first scan: the loop that follows it (ExecuteAsync) starts
        // later, on a task of its own, and a file saved in between would wait for the periodic rescan.
        if (options.Value.Watch)
        {
            _watcher = new SeedFolderWatcher(loader.Folder, RequestScan, logger);
            _watcher.Refresh();
        }
        _first = loader.Scan(settle: false)!;
        // The first library is published at once, before its stories' full articles and its search index
        // are built: nothing is being served yet, so the app answers sooner. They are built once the server
        // is up (StartedAsync); a request that needs one before it is ready waits for it.
        store.Publish(_first);
        if (_whenFirstLoaded is { } work) _firstLoadedWork = Task.Run(work, CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        // Not earlier: built while the server was still starting, they took one of the two cores and their
        // collections paused its start-up (10,000 articles: first page 0.2-0.7 s later; benchmarks/README.md).
        var first = _first;
        _first = null;
        if (first is null) return Task.CompletedTask;
        _ = Task.Run(async () =>
        {
            try
            {
                try
                {
                    await _firstLoadedWork;
                }
                catch (Exception e)
                {
                    // Only a head start was lost: the library is published and gets prepared all the same.
                    logger.LogWarning(e, "The work started once the first library loaded failed");
                }
                Warm(first);
                // Loading allocates several times what it keeps, and the heap stays sized for that peak until
                // told otherwise. One aggressive, compacting collection hands it back (a 10,000-article
                // library: 305 to about 200 MiB).
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                GCSettings.LatencyMode = GCLatencyMode.Interactive;
            }
            finally
            {
                _prepared.TrySetResult();
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
    }

    /// <summary>Asks for a rescan now (the watcher does this on every event).</summary>
    public void RequestScan() => _signal.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_watcher is not { } watcher) return;
        var settings = options.Value;
        var rescan = TimeSpan.FromSeconds(settings.RescanSeconds);
        var debounce = TimeSpan.FromMilliseconds(settings.DebounceMilliseconds);
        var settle = TimeSpan.FromMilliseconds(Math.Max(settings.SettleMilliseconds, 50));

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
                {
                    wait.CancelAfter(loader.Pending > 0 ? settle : rescan);
                    try { await _signal.Reader.ReadAsync(wait.Token); }
                    catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { /* timer: rescan */ }
                }
                // Let a burst of events (an editor saving, a copy of many files) finish before scanning.
                await Task.Delay(debounce, stoppingToken);
                while (_signal.Reader.TryRead(out _)) { }
                watcher.Refresh(); // before the scan: what lands in a new folder after this is seen by its new watcher
                if (loader.Scan(settle: true) is { } snapshot)
                {
                    // A later library is built whole before it is published. Readers keep the current one
                    // meanwhile (its pages are served from memory), so no request waits for a new index: with
                    // a folder changing every 100 ms under load, requests that did were left waiting for seconds.
                    Warm(snapshot);
                    store.Publish(snapshot);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
            catch (Exception e)
            {
                // Never let one bad scan stop the library from updating; the next event or rescan tries again.
                logger.LogError(e, "Rescanning the seeds folder failed");
            }
        }
    }

    void Warm(LibrarySnapshot snapshot)
    {
        try
        {
            snapshot.Warm();
        }
        catch (Exception e)
        {
            // The library is published all the same: its pages and the API list still serve, and a page that
            // needs what failed asks for it again and reports the fault.
            logger.LogError(e, "Preparing the library's stories and search index failed");
        }
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void Dispose()
    {
        _watcher?.Dispose();
        base.Dispose();
    }
}
