using System.Net.Http.Json;
using System.Text.Json;
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

    [Fact]
    public async Task AFileAddedRightAfterTheFirstScanIsSeen()
    {
        // The first scan runs as the host starts; the loop that follows the folder starts after it, on a task
        // of its own (.NET 10 runs all of a BackgroundService's ExecuteAsync so). A file saved in between was
        // seen only by the periodic rescan, 30 s later: the folder's watcher was made in that loop.
        using var seeds = new TempSeedFolder().WithSeed();
        var store = new ArticleStore();
        using var ingestion = new IngestionService(Loaders.For(seeds.Path), store,
            Microsoft.Extensions.Options.Options.Create(new SeedOptions { Path = seeds.Path, RescanSeconds = 3600, SettleMilliseconds = 0 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<IngestionService>.Instance);
        await ingestion.StartingAsync(CancellationToken.None);
        Assert.Single(store.Current.Articles);

        seeds.WithFile("new.txt", "Fresh story arrives\n\nLONDON (Reuters) - It arrived.");
        await ingestion.StartAsync(CancellationToken.None);
        try
        {
            using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(15)); // a hang guard, never waited out
            while (store.Current.Find("fresh-story-arrives") is null)
            {
                // A scan may first find the file too freshly written and take it on the next.
                var changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                using var registration = store.GetChangeToken().RegisterChangeCallback(_ => changed.TrySetResult(), null);
                if (store.Current.Find("fresh-story-arrives") is not null) break;
                await changed.Task.WaitAsync(guard.Token);
            }
            Assert.Equal(2, store.Current.Articles.Count);
        }
        finally
        {
            await ingestion.StopAsync(CancellationToken.None);
        }
    }

    // The folder itself replaced, made late or relinked. The periodic rescan is put off for an hour, so only
    // the watchers can bring each change in.
    static NewsReaderFactory WatchOnly(string seedsPath) =>
        new() { SeedsPath = seedsPath, Settings = new() { ["Seeds:RescanSeconds"] = "3600" } };

    static void Write(string folder, string name, string headline) =>
        File.WriteAllText(Path.Combine(folder, name), $"{headline}\n\nLONDON (Reuters) - It happened.");

    [Fact]
    public async Task AFolderDeletedAndMadeAgainIsWatchedAgain()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        using var app = WatchOnly(seeds.Path);
        await app.CreateClient().GetAsync("/healthz");

        // A deploy's "rm -rf seeds && mkdir seeds && cp …": the old folder's watch is gone with it.
        Directory.Delete(seeds.Path, recursive: true);
        Directory.CreateDirectory(seeds.Path);
        Write(seeds.Path, "first.txt", "First story after the deploy");
        var snapshot = await app.WaitForAsync(s => s.Find("first-story-after-the-deploy") is not null);
        Assert.Single(snapshot.Articles);

        // And the new folder is watched: a file added later comes in too.
        Write(seeds.Path, "second.txt", "Second story after the deploy");
        Assert.Equal(2, (await app.WaitForAsync(s => s.Find("second-story-after-the-deploy") is not null)).Articles.Count);
    }

    [Fact]
    public async Task AFolderMissingAtStartIsReadWhenItAppears()
    {
        using var parent = new TempSeedFolder();
        var path = Path.Combine(parent.Path, "seeds");
        using var app = WatchOnly(path);
        Assert.Empty((await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/articles")).EnumerateArray());

        Directory.CreateDirectory(path);
        Write(path, "late.txt", "The folder came late");
        await app.WaitForAsync(s => s.Find("the-folder-came-late") is not null);
        Write(path, "later.txt", "Then another story");
        Assert.Equal(2, (await app.WaitForAsync(s => s.Find("then-another-story") is not null)).Articles.Count);
    }

    [Fact]
    public async Task ALinkPointedAtAnotherFolderIsFollowed()
    {
        using var parent = new TempSeedFolder();
        var (release1, release2, link) = (Path.Combine(parent.Path, "release-1"), Path.Combine(parent.Path, "release-2"), Path.Combine(parent.Path, "seeds"));
        Directory.CreateDirectory(release1);
        Directory.CreateDirectory(release2);
        Write(release1, "old.txt", "Story of the old release");
        Write(release2, "new.txt", "Story of the new release");
        Directory.CreateSymbolicLink(link, release1);
        using var app = WatchOnly(link);
        Assert.NotNull((await app.WaitForAsync(s => s.Articles.Count == 1)).Find("story-of-the-old-release"));

        // "ln -sfn release-2 seeds": the link is replaced; the old release's folder itself never changes.
        File.Delete(link);
        Directory.CreateSymbolicLink(link, release2);
        var snapshot = await app.WaitForAsync(s => s.Find("story-of-the-new-release") is not null);
        Assert.Null(snapshot.Find("story-of-the-old-release"));

        Write(release2, "newer.txt", "A story filed after the switch");
        await app.WaitForAsync(s => s.Find("a-story-filed-after-the-switch") is not null);
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
