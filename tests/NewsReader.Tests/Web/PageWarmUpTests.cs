using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Tests.Pages;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Web;

namespace NewsReader.Tests.Web;

/// <summary>Each kind of page is rendered once while the app starts, so its first reader finds the code loaded.</summary>
public class PageWarmUpTests
{
    static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(15); // turns a hang into a failure; never waited out

    [Fact]
    public async Task TheLibraryPageIsRenderedWhileTheServerStartsWithoutARequest()
    {
        using var app = new NewsReaderFactory();
        var warmUp = app.Services.GetRequiredService<PageWarmUp>(); // starts the host; no request is sent

        Assert.Equal(200, await warmUp.LibraryRendered.WaitAsync(HangGuard));
    }

    [Fact]
    public async Task TheLibraryIsPreparedOnlyOnceTheLibraryPageIsRendered()
    {
        using var app = new NewsReaderFactory();
        var warmUp = app.Services.GetRequiredService<PageWarmUp>();

        await app.Services.GetRequiredService<IngestionService>().Prepared.WaitAsync(HangGuard);

        // Building the stories and index waited for the render: the two never share a core with the first request.
        Assert.True(warmUp.LibraryRendered.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task AnArticleASearchTheStoriesAndTheBrowsePagesAreRenderedOnceTheLibraryIsPrepared()
    {
        using var app = new NewsReaderFactory();
        var warmUp = app.Services.GetRequiredService<PageWarmUp>();

        Assert.Equal([200, 200, 200, 200, 200, 200, 200], await warmUp.ReadingPagesRendered.WaitAsync(HangGuard));
    }

    [Fact]
    public async Task AnEmptyLibraryStillWarmsTheSearchAndStoriesPages()
    {
        using var seeds = new TempSeedFolder();
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var warmUp = app.Services.GetRequiredService<PageWarmUp>();

        Assert.Equal(200, await warmUp.LibraryRendered.WaitAsync(HangGuard));
        Assert.Equal([200, 200, 200, 200], await warmUp.ReadingPagesRendered.WaitAsync(HangGuard)); // search, stories, /authors, /ingestion
    }

    [Theory]
    [InlineData("/")]
    [InlineData($"/articles/{PageTests.SeedSlug}")]
    [InlineData("/stories")]
    [InlineData("/authors")]
    [InlineData("/authors/sakura-murakami")]
    [InlineData($"/stories/{PageTests.StorySlug}")]
    [InlineData("/ingestion")]
    public async Task TheWarmUpKeepsNothingForReaders(string path)
    {
        using var app = new NewsReaderFactory();
        await app.Services.GetRequiredService<PageWarmUp>().ReadingPagesRendered.WaitAsync(HangGuard);
        var client = app.CreateClient();

        var first = await client.GetAsync(path);
        var statistics = app.Services.GetRequiredService<ResponseCacheStatistics>();
        Assert.Equal(0, statistics.Hits); // the first reader's page was rendered for them, for their host
        var second = await client.GetAsync(path);
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
