using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>The running app follows the seeds folder: each test waits on the store's change signal, never on a sleep.</summary>
public class LiveFolderTests
{
    static async Task<(TempSeedFolder Seeds, NewsReaderFactory App)> StartAsync()
    {
        var seeds = new TempSeedFolder().WithSeed();
        var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        await app.CreateClient().GetAsync("/healthz"); // starts the host and its watcher
        return (seeds, app);
    }

    [Fact]
    public async Task AddedFileAppears()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            seeds.WithFile("new.txt", "Fresh story arrives\n\nLONDON (Reuters) - It arrived.");
            var snapshot = await app.WaitForAsync(s => s.Find("fresh-story-arrives") is not null);
            Assert.Equal(2, snapshot.Articles.Count);
            Assert.Equal(2, snapshot.Report.FileCount);
        }
    }

    [Fact]
    public async Task ANewLibraryIsBuiltWholeBeforeItIsPublished()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            // The change signal fires inside Publish, on the ingestion thread: this sees the snapshot as it
            // was at the moment readers could first take it.
            var store = app.Services.GetRequiredService<ArticleStore>();
            var warmWhenPublished = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var registration = store.GetChangeToken().RegisterChangeCallback(_ => warmWhenPublished.TrySetResult(store.Current.IsWarm), null);

            seeds.WithFile("new.txt", "Fresh story arrives\n\nLONDON (Reuters) - It arrived.");

            // No request for the new library ever waits for its index or its stories' full articles.
            Assert.True(await warmWhenPublished.Task.WaitAsync(TimeSpan.FromSeconds(15))); // the timeout only turns a hang into a failure
        }
    }

    [Fact]
    public async Task TheFirstLibraryIsPublishedBeforeTheServerStartsAndPreparedAfter()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        var whileStarting = new StartingProbe();
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path }.WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.AddSingleton<IHostedService>(sp => whileStarting.Watching(sp))));
        await app.CreateClient().GetAsync("/healthz");

        // While hosted services start (the server among them), the library is there but nothing prepares it yet:
        // building its stories and index then would take a core from the start-up. (The probe gives it
        // 300 ms to get done, which the seed's one article would need far less than, were it started.)
        Assert.Equal((1, false, false), whileStarting.Seen);

        await app.Services.GetRequiredService<IngestionService>().Prepared.WaitAsync(TimeSpan.FromSeconds(15)); // the timeout only turns a hang into a failure
        Assert.True(app.Services.GetRequiredService<ArticleStore>().Current.IsWarm);
    }

    /// <summary>A hosted service that notes, as it starts, what the store and the ingestion service look like.</summary>
    sealed class StartingProbe : IHostedService
    {
        IServiceProvider? _services;
        public (int Articles, bool Warm, bool Prepared) Seen { get; private set; } = (-1, true, true);

        public StartingProbe Watching(IServiceProvider services)
        {
            _services = services;
            return this;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var prepared = _services!.GetRequiredService<IngestionService>().Prepared;
            var finished = await Task.WhenAny(prepared, Task.Delay(300, cancellationToken)) == prepared;
            var library = _services!.GetRequiredService<ArticleStore>().Current;
            Seen = (library.Articles.Count, library.IsWarm, finished);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task ChangedFileChanges()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            seeds.WithFile("story.txt", "Story one\n\nFirst version.");
            await app.WaitForAsync(s => s.Find("story-one") is not null);
            seeds.WithFile("story.txt", "Story one\n\nSecond version, longer than the first.");
            var snapshot = await app.WaitForAsync(s => s.Find("story-one")?.Paragraphs[0] == "Second version, longer than the first.");
            Assert.Equal(2, snapshot.Articles.Count);
        }
    }

    [Fact]
    public async Task DeletedFileDisappears()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            File.Delete(Path.Combine(seeds.Path, "000_seed.txt"));
            var snapshot = await app.WaitForAsync(s => s.Articles.Count == 0);
            Assert.Equal(0, snapshot.Report.FileCount);
        }
    }

    [Fact]
    public async Task ASubfolderMadeWhileRunningIsReported()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            // An empty folder changes no file, so only the watcher's directory events can bring this in.
            Directory.CreateDirectory(Path.Combine(seeds.Path, "archive"));
            var snapshot = await app.WaitForAsync(s => s.Report.Rejected.Any(r => r.Source == "archive/"));
            Assert.Single(snapshot.Articles);
        }
    }

    [Fact]
    public async Task RenamedFileKeepsItsArticleUnderTheNewName()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            File.Move(Path.Combine(seeds.Path, "000_seed.txt"), Path.Combine(seeds.Path, "001_renamed.txt"));
            var snapshot = await app.WaitForAsync(s => s.Report.Loaded.Any(l => l.Source == "001_renamed.txt"));
            Assert.Single(snapshot.Articles);
        }
    }

    [Fact]
    public async Task FileStillBeingWrittenIsNotReadHalfway()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            var path = Path.Combine(seeds.Path, "slow.txt");
            var text = "Slowly written story\n\nPARIS - The first paragraph.\n\nThe second paragraph arrives later.";
            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            var half = bytes.Length / 2;
            using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                writer.Write(bytes, 0, half);
                writer.Flush();
                // Another file forces a scan while slow.txt is open for writing: that scan must skip it.
                seeds.WithFile("marker.txt", "Marker story\n\nIt marks a scan.");
                var during = await app.WaitForAsync(s => s.Find("marker-story") is not null);
                Assert.DoesNotContain(during.Report.Loaded, l => l.Source == "slow.txt");
                Assert.DoesNotContain(during.Report.Rejected, r => r.Source == "slow.txt");
                writer.Write(bytes, half, bytes.Length - half);
            }
            var after = await app.WaitForAsync(s => s.Find("slowly-written-story") is not null);
            Assert.Equal(2, after.Find("slowly-written-story")!.Paragraphs.Count);
        }
    }

    [Fact]
    public async Task FileThatTurnsBadKeepsItsLastGoodVersionAndIsReported()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            seeds.WithFile("000_seed.txt", "");
            var snapshot = await app.WaitForAsync(s => s.Report.Rejected.Any(r => r.Source == "000_seed.txt"));
            Assert.Single(snapshot.Articles);
            Assert.Contains("last good version", snapshot.Report.Rejected[0].Reason);
            Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", snapshot.Articles[0].Headline);
        }
    }

    [Fact]
    public async Task PagesAndSearchSeeTheSameNewSnapshot()
    {
        var (seeds, app) = await StartAsync();
        using (seeds) using (app)
        {
            seeds.WithFile("zebra.txt", "Zebra crossing repainted\n\nLONDON (Reuters) - The zebra crossing was repainted.");
            var snapshot = await app.WaitForAsync(s => s.Find("zebra-crossing-repainted") is not null);
            Assert.Equal("zebra-crossing-repainted", Assert.Single(snapshot.Index.Search("zebra")).Slug);
            var doc = await app.CreateClient().GetPageAsync("/search?q=zebra");
            Assert.Single(doc.QuerySelectorAll(".result"));
        }
    }
}

/// <summary>The loader on its own: incremental rescans.</summary>
public class IncrementalScanTests
{
    static SeedLoader Loader(string path) => Loaders.For(path, new SeedOptions { Path = path, SettleMilliseconds = 0 });

    [Fact]
    public void UnchangedFolderGivesNoNewSnapshot()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        var loader = Loader(seeds.Path);
        Assert.NotNull(loader.Scan(settle: false));
        Assert.Null(loader.Scan(settle: true));
    }

    [Fact]
    public void UnchangedFilesKeepTheirArticleObjects()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        var loader = Loader(seeds.Path);
        var first = loader.Scan(settle: false)!;
        seeds.WithFile("other.txt", "Other story\n\nBody.");
        var second = loader.Scan(settle: false)!;
        Assert.Equal(2, second.Articles.Count);
        Assert.Equal(first.Articles[0].Paragraphs, second.Articles[0].Paragraphs); // same parsed lists, not re-read
        Assert.Same(first.Articles[0].Paragraphs, second.Articles[0].Paragraphs);
    }
}
