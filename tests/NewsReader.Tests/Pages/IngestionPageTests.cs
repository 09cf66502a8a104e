using System.Text.Json;
using System.Net.Http.Json;
namespace NewsReader.Tests.Pages;

/// <summary>The ingestion report as a page: why a capture is missing, without reading JSON.</summary>
public class IngestionPageTests
{
    [Fact]
    public async Task ListsFilesNotReadFirstWithTheirReasonsThenTheLoadedOnesLinkedToTheirArticles()
    {
        using var seeds = new TempSeedFolder()
            .WithSeed()
            .WithFile("empty.txt", "")
            .WithFile("image.bin", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0xFF]);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/ingestion");

        Assert.Equal("Ingestion report", doc.QuerySelector("h1").Text());
        Assert.Contains("3 files", doc.QuerySelector(".page-lede").Text());
        Assert.Contains("1 loaded · 2 not read", doc.QuerySelector(".page-lede").Text());
        // A valid HTML datetime: whole seconds in UTC (seven fraction digits are not allowed).
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", doc.QuerySelector(".page-lede time")!.GetAttribute("datetime"));
        var files = doc.QuerySelectorAll(".file-list > li");
        Assert.Equal(["empty.txt", "image.bin", "000_seed.txt"], files.Select(f => f.QuerySelector(".file-name").Text()));
        Assert.Equal(["file-rejected", "file-rejected", "file-loaded"], files.Select(f => f.ClassName));
        Assert.Contains("empty", files[0].QuerySelector(".file-status").Text());
        Assert.Contains("NUL byte", files[1].QuerySelector(".file-status").Text());
        var link = files[2].QuerySelector(".file-status a");
        Assert.Equal($"/articles/{PageTests.SeedSlug}", link!.GetAttribute("href"));
    }

    [Fact]
    public async Task AFileReadByAGuessSaysHow()
    {
        var russian = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(
            "Глава НАТО призвал союзников увеличить расходы\n\nБРЮССЕЛЬ (Рейтер) - Генеральный секретарь НАТО в четверг призвал страны альянса увеличить расходы.\n");
        using var seeds = new TempSeedFolder().WithSeed().WithFile("nato-1251.txt", russian);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var files = (await client.GetPageAsync("/ingestion")).QuerySelectorAll(".file-list > li");
        var guessed = files.Single(f => f.QuerySelector(".file-name")!.Text() == "nato-1251.txt");
        Assert.Equal("Read as windows-1251, the encoding its text is in: it is not UTF-8 and names none.", guessed.QuerySelector(".file-note")!.Text());
        Assert.Null(files.Single(f => f.QuerySelector(".file-name")!.Text() == "000_seed.txt").QuerySelector(".file-note"));

        var api = await client.GetFromJsonAsync<JsonElement>("/api/ingestion");
        var notes = api.GetProperty("loaded").EnumerateArray().ToDictionary(l => l.GetProperty("source").GetString()!, l => l.GetProperty("note").GetString());
        Assert.StartsWith("Read as windows-1251", notes["nato-1251.txt"]);
        Assert.Null(notes["000_seed.txt"]);
    }

    [Fact]
    public async Task AnotherCaptureOfAnArticleIsSaidToBeTheSameArticleShownOnce()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("copy-from-phone.txt", Samples.SeedText.Replace("\n", "\r\n"));
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var doc = await client.GetPageAsync("/ingestion");

        Assert.Contains("2 loaded, 1 of them another capture of an article shown once · 0 not read", doc.QuerySelector(".page-lede").Text());
        var files = doc.QuerySelectorAll(".file-list > li");
        Assert.Equal(["000_seed.txt", "copy-from-phone.txt"], files.Select(f => f.QuerySelector(".file-name").Text()));
        Assert.StartsWith("Loaded as", files[0].QuerySelector(".file-status")!.Text());
        Assert.StartsWith("The same article as 000_seed.txt, shown once", files[1].QuerySelector(".file-status")!.Text());
        Assert.Equal($"/articles/{PageTests.SeedSlug}", files[1].QuerySelector(".file-status a")!.GetAttribute("href"));

        // The library and its API show it once; the report's API says which file it is shown from.
        Assert.Single((await client.GetPageAsync("/")).QuerySelectorAll("main .card"));
        var report = await client.GetFromJsonAsync<JsonElement>("/api/ingestion");
        Assert.Equal([("000_seed.txt", null), ("copy-from-phone.txt", "000_seed.txt")],
            report.GetProperty("loaded").EnumerateArray().Select(l => (l.GetProperty("source").GetString(), l.GetProperty("sameAs").GetString())));
    }

    [Fact]
    public async Task AFolderThatCannotBeReadIsSaidOnEveryPageThatShowsTheLibrary()
    {
        // Was: the log alone said so; the report showed "0 files", and the library asked for files to be
        // put in a folder that was not there.
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsreader-no-such-folder-" + Guid.NewGuid());
        using var app = new NewsReaderFactory { SeedsPath = path };
        var client = app.CreateClient();

        var report = await client.GetPageAsync("/ingestion");
        Assert.Contains($"The seeds folder cannot be read: {path} does not exist.", report.QuerySelector(".empty-state[role=status]").Text());
        Assert.Null(report.QuerySelector(".file-list"));
        var library = await client.GetPageAsync("/");
        Assert.Contains($"The seeds folder, {path}, does not exist", library.QuerySelector(".empty-state").Text());
        Assert.NotNull(library.QuerySelector(".empty-state a[href='/ingestion']"));
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/ingestion"));
        Assert.Equal("does not exist", json.RootElement.GetProperty("folderProblem").GetString());
    }

    [Fact]
    public async Task TheLibrarySaysHowManyFilesWereNotReadAndLinksToTheReport()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("broken.txt", "Just a headline\n");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/");
        var link = doc.QuerySelector(".page-lede a[href='/ingestion']");
        Assert.Equal("1 file could not be read", link.Text());
    }

    [Fact]
    public async Task AFullLibraryDoesNotMentionUnreadFiles()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/");
        Assert.Null(doc.QuerySelector(".page-lede a[href='/ingestion']"));
        Assert.NotNull(doc.QuerySelector("footer a[href='/ingestion']"));
    }

    [Fact]
    public async Task AFileThatBrokeAfterLoadingShowsItsReasonAndTheVersionStillShown()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", "Harbour reopens\n\nThe harbour reopened on Monday.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        await client.GetPageAsync("/articles/harbour-reopens");
        seeds.WithFile("a.txt", "Harbour reopens\n");
        await app.WaitForAsync(s => s.Report.Rejected.Count == 1);

        var file = Assert.Single((await client.GetPageAsync("/ingestion")).QuerySelectorAll(".file-list > li"));
        Assert.Equal("file-rejected", file.ClassName);
        var statuses = file.QuerySelectorAll(".file-status").Select(s => s.Text()).ToList();
        Assert.Contains("no body paragraphs", statuses[0]);
        Assert.Equal("Showing Harbour reopens", statuses[1]);
    }

    [Fact]
    public async Task APageBeyondTheLastIsNotFound()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        await app.CreateClient().GetPageAsync("/ingestion?page=2", System.Net.HttpStatusCode.NotFound);
    }
}
