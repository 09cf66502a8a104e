using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Web;

namespace NewsReader.Tests.Web;

/// <summary>The library page is rendered once while the server starts, so its first reader finds the code loaded.</summary>
public class LibraryPageWarmUpTests
{
    static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(15); // turns a hang into a failure; never waited out

    [Fact]
    public async Task TheLibraryPageIsRenderedWhileTheServerStartsWithoutARequest()
    {
        using var app = new NewsReaderFactory();
        var warmUp = app.Services.GetRequiredService<LibraryPageWarmUp>(); // starts the host; no request is sent

        Assert.Equal(200, await warmUp.Rendered.WaitAsync(HangGuard));
    }

    [Fact]
    public async Task TheLibraryIsPreparedOnlyOnceTheWarmUpRenderIsDone()
    {
        using var app = new NewsReaderFactory();
        var warmUp = app.Services.GetRequiredService<LibraryPageWarmUp>();

        await app.Services.GetRequiredService<IngestionService>().Prepared.WaitAsync(HangGuard);

        // Building the stories and index waited for the render: the two never share a core with the first request.
        Assert.True(warmUp.Rendered.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task TheWarmUpRenderKeepsNothingForReaders()
    {
        using var app = new NewsReaderFactory();
        await app.Services.GetRequiredService<LibraryPageWarmUp>().Rendered.WaitAsync(HangGuard);
        var client = app.CreateClient();

        var first = await client.GetAsync("/");
        var statistics = app.Services.GetRequiredService<ResponseCacheStatistics>();
        Assert.Equal(0, statistics.Hits); // the first reader's page was rendered for them, for their host
        var second = await client.GetAsync("/");
        Assert.Equal(1, statistics.Hits);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFailedWarmUpStillLetsTheLibraryBePrepared()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        var store = new ArticleStore();
        var ingestion = new IngestionService(Loaders.For(seeds.Path), store, Options.Create(new SeedOptions { Path = seeds.Path, Watch = false }),
            NullLogger<IngestionService>.Instance);
        ingestion.WhenFirstLoaded(() => Task.FromException(new InvalidOperationException("The warm-up broke")));

        await ingestion.StartingAsync(CancellationToken.None);
        await ingestion.StartedAsync(CancellationToken.None);
        await ingestion.Prepared.WaitAsync(HangGuard);

        Assert.Single(store.Current.Articles);
        Assert.True(store.Current.IsWarm);
    }
}
