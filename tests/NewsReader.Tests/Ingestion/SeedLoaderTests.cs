using NewsReader.Tests.Pages;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

public class SeedLoaderTests
{
    static SeedLoader Loader(string path, long maxBytes = 5 * 1024 * 1024) =>
        Loaders.For(path, new SeedOptions { Path = path, MaxFileBytes = maxBytes });

    [Fact]
    public void GoodFilesLoadAndBadOnesAreReportedWithReasons()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("empty.txt", "").WithFile("image.bin", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0xFF]);
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;

        var loaded = Assert.Single(snapshot.Report.Loaded);
        Assert.Equal("000_seed.txt", loaded.Source);
        Assert.Equal(["empty.txt", "image.bin"], snapshot.Report.Rejected.Select(r => r.Source));
        Assert.Contains("empty", snapshot.Report.Rejected[0].Reason);
        Assert.StartsWith("not text: NUL byte", snapshot.Report.Rejected[1].Reason);
        Assert.Same(snapshot.Articles[0], snapshot.Find(loaded.Slug));
        Assert.Null(snapshot.Report.FolderProblem);
    }

    [Fact]
    public void ASubfolderIsReportedNotSilentlySkipped()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        Directory.CreateDirectory(Path.Combine(seeds.Path, "2024"));
        File.WriteAllText(Path.Combine(seeds.Path, "2024", "a.txt"), "Filed away\n\nBody.");
        Directory.CreateDirectory(Path.Combine(seeds.Path, ".git"));
        var loader = Loader(seeds.Path);
        var snapshot = loader.Scan(settle: false)!;

        Assert.Single(snapshot.Articles);
        var folder = Assert.Single(snapshot.Report.Rejected);
        Assert.Equal("2024/", folder.Source);
        Assert.Contains("only files directly in the seeds folder are read", folder.Reason);
        Assert.Equal(1, snapshot.Report.FileCount);

        // Nothing changed: no new snapshot. The folder removed: a new one without the notice.
        Assert.Null(loader.Scan(settle: false));
        Directory.Delete(Path.Combine(seeds.Path, "2024"), recursive: true);
        Assert.Empty(loader.Scan(settle: false)!.Report.Rejected);
    }

    [Fact]
    public void FilesOverTheSizeLimitAreRejectedUnread()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("small.txt", "Small\n\nBody.");
        var snapshot = Loader(seeds.Path, maxBytes: 1000).Scan(settle: false)!;
        var rejection = Assert.Single(snapshot.Report.Rejected);
        Assert.Equal("000_seed.txt", rejection.Source);
        Assert.Contains("over the 1,000-byte limit", rejection.Reason);
        Assert.Single(snapshot.Articles);
    }

    [Fact]
    public void ATeaserRecommendedUnderManyArticlesIsHeldOnce()
    {
        const string teasers = "\n\nRecommended Stories\n\n  • Floods close the port\n\n    Ships wait offshore as the water rises.\n";
        using var seeds = new TempSeedFolder()
            .WithFile("a.txt", "First story\n\nLONDON - One." + teasers)
            .WithFile("b.txt", "Second story\n\nPARIS - Two." + teasers);
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;

        var (first, second) = (snapshot.Articles[0].Recommended[0], snapshot.Articles[1].Recommended[0]);
        Assert.Equal("Floods close the port", first.Title);
        Assert.Equal("Ships wait offshore as the water rises.", first.Summary);
        Assert.Same(first.Title, second.Title);
        Assert.Same(first.Summary, second.Summary);
    }

    [Fact]
    public void TextPoolGivesOneStringPerText()
    {
        var pool = new NewsReader.Web.Articles.TextPool();
        var a = pool.Get("Floods close the port".AsSpan());
        var b = pool.Get("  Floods close the port  ".AsSpan().Trim());
        Assert.Same(a, b);
        Assert.NotSame(a, pool.Get("Floods close the harbour".AsSpan()));
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void TextPoolKeepsEveryTextWhenItsTableIsFull()
    {
        // The smallest table holds 1,024 texts; past that, texts come back as copies of their own.
        var pool = new NewsReader.Web.Articles.TextPool();
        var texts = Enumerable.Range(0, 5000).Select(i => $"Story number {i}").ToArray();
        var first = texts.Select(t => pool.Get(t.AsSpan())).ToArray();
        Assert.Equal(texts, first);
        Assert.InRange(pool.Count, 1, 1024);
        // What was pooled is found again, by reference.
        var pooled = texts.Where((t, i) => ReferenceEquals(pool.Get(t.AsSpan()), first[i])).Count();
        Assert.Equal(pool.Count, pooled);
    }

    [Fact]
    public void TextPoolGivesOneStringPerTextAcrossThreads()
    {
        var pool = new NewsReader.Web.Articles.TextPool(100);
        var texts = Enumerable.Range(0, 200).Select(i => $"Teaser {i % 50}").ToArray();
        var results = new string[8][];
        Parallel.For(0, results.Length, r => results[r] = [.. texts.Select(t => pool.Get(t.AsSpan()))]);
        Assert.Equal(50, pool.Count);
        for (var i = 0; i < texts.Length; i++)
            Assert.All(results, r => Assert.Same(results[0][i % 50], r[i]));
    }

    [Fact]
    public void SameHeadlineTwiceGetsTwoSlugsInFileOrder()
    {
        using var seeds = new TempSeedFolder().WithFile("b.txt", "Same story\n\nSecond copy.").WithFile("a.txt", "Same story\n\nFirst copy.");
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;
        Assert.Equal(["a.txt", "b.txt"], snapshot.Articles.Select(a => a.Source));
        Assert.Equal(["same-story", "same-story-2"], snapshot.Articles.Select(a => a.Slug));
    }

    [Fact]
    public void OneArticleCapturedInSeveralFilesShowsOnceFromItsFullestCapture()
    {
        // Three captures of the seed by other tools: CRLF and other dashes; one without its teasers; and the
        // fullest, in the middle of the file order.
        var seed = Samples.SeedText;
        var withoutTeasers = seed[..seed.IndexOf("Recommended Stories", StringComparison.Ordinal)];
        using var seeds = new TempSeedFolder()
            .WithFile("a.txt", withoutTeasers.Replace("\n", "\r\n").Replace("TOKYO (Reuters) - ", "TOKYO (Reuters) — "))
            .WithFile("b.txt", seed)
            .WithFile("c.txt", withoutTeasers);
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;

        var article = Assert.Single(snapshot.Articles);
        Assert.Equal("b.txt", article.Source);
        Assert.Equal(PageTests.SeedSlug, article.Slug); // no "-2": the one article keeps its slug
        Assert.Equal(20, article.Recommended.Count);
        Assert.Equal([("a.txt", "b.txt"), ("b.txt", null), ("c.txt", "b.txt")], snapshot.Report.Loaded.Select(l => (l.Source, l.SameAs)));
        Assert.All(snapshot.Report.Loaded, l => Assert.Equal(PageTests.SeedSlug, l.Slug));
        Assert.Empty(snapshot.Report.Rejected);
        Assert.Single(snapshot.Stories, s => s.Title.StartsWith("NATO chief urges Seoul", StringComparison.Ordinal)); // recommended by one article, once
    }

    [Fact]
    public void OfThreeCapturesOrMoreTheOneWhoseTeasersTheOthersShareShows()
    {
        // The page printed to PDF reads more teasers than there are (a summary's lines read as titles of their
        // own); the Lynx dump and the seed agree on all twenty. The printed one comes first and has the most.
        var captures = Path.Combine(AppContext.BaseDirectory, "Captures");
        using var seeds = new TempSeedFolder()
            .WithFile("a.txt", File.ReadAllText(Path.Combine(captures, "seed-chromium-print-layout.txt")))
            .WithFile("b.txt", File.ReadAllText(Path.Combine(captures, "seed-lynx-dump.txt")))
            .WithFile("c.txt", Samples.SeedText);
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;

        var article = Assert.Single(snapshot.Articles);
        Assert.Equal("b.txt", article.Source); // the first of the two that agree
        Assert.Equal(Samples.ParseBytes(Samples.SeedBytes).Recommended, article.Recommended);
        Assert.Equal([("a.txt", "b.txt"), ("b.txt", null), ("c.txt", "b.txt")], snapshot.Report.Loaded.Select(l => (l.Source, l.SameAs)));
    }

    [Fact]
    public void AFileOpeningWithFrontMatterIsReadAsMarkdownWhateverItsName()
    {
        // Obsidian's Web Clipper writes the page's fields as YAML front matter; saved as ".txt" they were read
        // as the capture's top: the headline in quotes, "author:" as the caption, no byline, no dateline.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var clipped = """
            ---
            title: "NATO chief stresses importance of Indo-Pacific partners amid security tensions"
            source: "https://www.yahoo.com/news/nato-chief-stresses-importance-indo-094521623.html"
            author:
              - "[[Sakura Murakami]]"
            published: 2023-02-01
            tags:
              - "clippings"
            ---

            """ + string.Join('\n', Samples.SeedText.Split('\n').Skip(2));
        // A capture with a rule over and under its headline is still a text capture (and the same article).
        var ruled = "---\n" + Samples.SeedText.Replace("tensions\n", "tensions\n---\n", StringComparison.Ordinal);
        using var seeds = new TempSeedFolder().WithFile("clipped.txt", clipped).WithFile("ruled.txt", ruled);
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;

        var article = snapshot.Articles.Single(a => a.Source == "clipped.txt");
        Assert.Equal(seed.Headline, article.Headline);
        Assert.Equal(seed.Authors, article.Authors);
        Assert.Equal(seed.Dateline, article.Dateline);
        Assert.Equal(seed.Paragraphs, article.Paragraphs);
        Assert.Equal(seed.Recommended, article.Recommended);
        Assert.Equal("https://www.yahoo.com/news/nato-chief-stresses-importance-indo-094521623.html", article.Url);
        Assert.Equal(new DateOnly(2023, 2, 1), article.Published);
        Assert.True(article.MarkdownBody);
        Assert.False(MarkdownArticleParser.OpensWithFrontMatter(System.Text.Encoding.UTF8.GetBytes(ruled)));
        Assert.Equal([("clipped.txt", null), ("ruled.txt", "clipped.txt")], snapshot.Report.Loaded.Select(l => (l.Source, l.SameAs)));
    }

    // A capture in another format beside a broken one of its kind: the capture loads, the broken one is
    // rejected saying what it is.
    public static TheoryData<string, string, string, byte[], string> CapturesInAnotherFormat => new()
    {
        // A page saved by the browser as one file, and a broken one.
        { "seed-chromium.mhtml", "saved.mhtml", "broken.mht",
            Utf8("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b--\r\n"), "the saved web page (MHTML)" },
        // Rich text is known by how it opens, whatever its name: TextEdit saves ".rtf", and a copy may be renamed ".txt".
        { "seed-textedit.rtf", "saved.txt", "blank.rtf", Utf8("{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\n}"),
            "the rich text (RTF) document holds no text" },
        // A mail saved as the message, and one that carries no text (a photo alone).
        { "seed-mail-text.eml", "mailed.eml", "photo.eml",
            Utf8("MIME-Version: 1.0\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"), "the e-mail message (.eml) holds no text" },
        // A ZIP archive that opens as "PK" but is none, and one that is an OpenDocument spreadsheet, not a text.
        { "seed-pandoc.docx", "saved.docx", "notes.txt", [.. "PK\u0003\u0004"u8, .. "not an archive at all"u8], "the Word document (.docx) could not be read" },
        { "seed-pandoc.odt", "saved.odt", "figures.ods", Zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            "not text: a ZIP archive without a Word document or an OpenDocument text in it" },
    };

    static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    static byte[] Zip(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry(name).Open()))
            writer.Write(content);
        return stream.ToArray();
    }

    [Theory]
    [MemberData(nameof(CapturesInAnotherFormat))]
    public void ACaptureInAnotherFormatLoadsAndABrokenOneIsRejectedWithItsName(string capture, string saved, string broken, byte[] brokenBytes, string reason)
    {
        using var seeds = new TempSeedFolder()
            .WithFile(broken, brokenBytes)
            .WithFile(saved, File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Captures", capture)));
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;

        var article = Assert.Single(snapshot.Articles);
        Assert.Equal(saved, article.Source);
        Assert.Equal(Samples.ParseBytes(Samples.SeedBytes).Paragraphs, article.Paragraphs);
        var rejection = Assert.Single(snapshot.Report.Rejected);
        Assert.Equal(broken, rejection.Source);
        Assert.StartsWith(reason, rejection.Reason);
    }

    [Fact]
    public void OfEqualCapturesTheFirstFileShowsAndTheOtherTakesOverWhenItGoes()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", Samples.SeedText).WithFile("b.txt", Samples.SeedText.Replace("\n", "\r\n"));
        var loader = Loader(seeds.Path);
        Assert.Equal("a.txt", Assert.Single(loader.Scan(settle: false)!.Articles).Source);

        File.Delete(Path.Combine(seeds.Path, "a.txt"));
        var after = loader.Scan(settle: false)!;
        Assert.Equal("b.txt", Assert.Single(after.Articles).Source);
        Assert.Null(Assert.Single(after.Report.Loaded).SameAs);
    }

    [Fact]
    public void TheSameHeadlineOverAnotherStoryIsAnotherArticle()
    {
        // Same headline, same first sentence, but the story goes on differently within its first 300 letters.
        var other = Samples.SeedText.Replace("stressed the importance", "played down the importance");
        using var seeds = new TempSeedFolder().WithFile("a.txt", Samples.SeedText).WithFile("b.txt", other);
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;
        Assert.Equal([PageTests.SeedSlug, PageTests.SeedSlug + "-2"], snapshot.Articles.Select(a => a.Slug));
        Assert.All(snapshot.Report.Loaded, l => Assert.Null(l.SameAs));
    }

    [Fact]
    public void SlugsAreStableAcrossLoads()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("dup.txt", Samples.SeedText);
        Assert.Equal(Loader(seeds.Path).Scan(settle: false)!.Report.Loaded, Loader(seeds.Path).Scan(settle: false)!.Report.Loaded);
    }

    [Fact]
    public void HiddenFilesAndEditorTemporariesAreIgnored()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile(".hidden.txt", "").WithFile("draft.txt~", "").WithFile(".draft.txt.swp", "").WithFile(".#draft.txt", "");
        var snapshot = Loader(seeds.Path).Scan(settle: false)!;
        Assert.Single(snapshot.Articles);
        Assert.Empty(snapshot.Report.Rejected);
    }

    [Fact]
    public void MissingFolderGivesAnEmptyLibrary()
    {
        var snapshot = Loader(Path.Combine(Path.GetTempPath(), "newsreader-no-such-folder-" + Guid.NewGuid())).Scan(settle: false)!;
        Assert.Empty(snapshot.Articles);
        Assert.Empty(snapshot.Report.Rejected);
        Assert.Equal("does not exist", snapshot.Report.FolderProblem);
    }

    [Fact]
    public void AFileGivenForTheFolderIsReportedAsSuch()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        var snapshot = Loader(Path.Combine(seeds.Path, "000_seed.txt")).Scan(settle: false)!;
        Assert.Empty(snapshot.Articles);
        Assert.Equal("is a file, not a folder", snapshot.Report.FolderProblem);
    }

    [Fact]
    public void AnEmptyFolderMadeWhereNoneWasIsANewLibrary()
    {
        // No file changes, so only the folder's state tells the two apart: the report must not keep saying
        // the folder does not exist once it does.
        var path = Path.Combine(Path.GetTempPath(), "newsreader-late-folder-" + Guid.NewGuid());
        var loader = Loader(path);
        Assert.Equal("does not exist", loader.Scan(settle: false)!.Report.FolderProblem);
        Assert.Null(loader.Scan(settle: false)); // unchanged
        try
        {
            Directory.CreateDirectory(path);
            var snapshot = loader.Scan(settle: false);
            Assert.NotNull(snapshot);
            Assert.Null(snapshot.Report.FolderProblem);
        }
        finally
        {
            Directory.Delete(path, recursive: true);
        }
    }

    [Fact]
    public void SymlinkOutOfTheFolderIsNotRead()
    {
        using var outside = new TempSeedFolder().WithSeed();
        using var seeds = new TempSeedFolder();
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "link.txt"), Path.Combine(outside.Path, "000_seed.txt"));
        var rejection = Assert.Single(Loader(seeds.Path).Scan(settle: false)!.Report.Rejected);
        Assert.Contains("outside the seeds folder", rejection.Reason);
    }

    [Fact]
    public void ALinkInsideTheFolderIsHeldToTheSizeLimitOfWhatItPointsTo()
    {
        using var seeds = new TempSeedFolder().WithFile("big.dat", new string('x', 5000));
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "link.txt"), Path.Combine(seeds.Path, "big.dat"));
        var rejected = Loader(seeds.Path, maxBytes: 1000).Scan(settle: false)!.Report.Rejected;
        Assert.All(rejected, r => Assert.Contains("5,000 bytes, over the 1,000-byte limit", r.Reason));
        Assert.Equal(["big.dat", "link.txt"], rejected.Select(r => r.Source));
    }

    [Fact]
    public void ALinkedFileIsReadAgainWhenItChanges()
    {
        using var seeds = new TempSeedFolder();
        var archive = Directory.CreateDirectory(Path.Combine(seeds.Path, "archive")).FullName; // not scanned itself
        var real = Path.Combine(archive, "story.txt");
        File.WriteAllText(real, "First headline\n\nLONDON - One.");
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "story.txt"), real);
        var loader = Loader(seeds.Path);
        Assert.Equal("First headline", Assert.Single(loader.Scan(settle: false)!.Articles).Headline);

        File.WriteAllText(real, "Second headline\n\nLONDON - Two.");
        File.SetLastWriteTimeUtc(real, DateTime.UtcNow.AddMinutes(-1)); // a time of its own, and long settled

        var rescanned = loader.Scan(settle: true);
        Assert.NotNull(rescanned);
        Assert.Equal("Second headline", Assert.Single(rescanned.Articles).Headline);
    }

    [Fact]
    public void BrokenLinksAndLoopsAreRejectedAndTheScanGoesOn()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "broken.txt"), Path.Combine(seeds.Path, "gone", "nothing.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "loop-a.txt"), Path.Combine(seeds.Path, "loop-b.txt"));
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "loop-b.txt"), Path.Combine(seeds.Path, "loop-a.txt"));

        var snapshot = Loader(seeds.Path).Scan(settle: false)!;

        Assert.Single(snapshot.Articles);
        Assert.Equal(["broken.txt", "loop-a.txt", "loop-b.txt"], snapshot.Report.Rejected.Select(r => r.Source));
        Assert.All(snapshot.Report.Rejected, r => Assert.Contains("leads to no file", r.Reason));
    }

    [Fact]
    public async Task ANamedPipeIsRejectedUnreadAndTheScanGoesOn()
    {
        if (!OperatingSystem.IsLinux()) return; // mkfifo is Linux's; the suite and CI run there
        using var seeds = new TempSeedFolder().WithSeed();
        var pipe = Path.Combine(seeds.Path, "pipe.txt");
        Assert.Equal(0, mkfifo(pipe, 0b110_100_100));
        File.CreateSymbolicLink(Path.Combine(seeds.Path, "to-pipe.txt"), pipe);

        // Opening a pipe to read waits for a writer; before the fix this scan never returned.
        var scan = Task.Run(() => Loader(seeds.Path).Scan(settle: false)!);
        try
        {
            var snapshot = await scan.WaitAsync(TimeSpan.FromMinutes(2)); // a guard against hanging the suite, not a speed target
            Assert.Single(snapshot.Articles);
            Assert.Equal(["pipe.txt", "to-pipe.txt"], snapshot.Report.Rejected.Select(r => r.Source));
            Assert.All(snapshot.Report.Rejected, r => Assert.Contains("not a regular file", r.Reason));
        }
        finally
        {
            // Were a read waiting on the pipe, a writer that opens and closes it lets it end.
            if (!scan.IsCompleted) using (File.OpenWrite(pipe)) { }
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    static extern int mkfifo(string path, uint mode);

    [Fact]
    public void RelativeDefaultIsFoundAboveTheContentRoot()
    {
        using var repo = new TempSeedFolder();
        var seeds = Directory.CreateDirectory(Path.Combine(repo.Path, "seeds-" + Guid.NewGuid().ToString("N")));
        var contentRoot = Directory.CreateDirectory(Path.Combine(repo.Path, "src", "NewsReader.Web")).FullName;
        Assert.Equal(seeds.FullName, SeedLoader.ResolveFolder(seeds.Name, contentRoot));
    }
}

public class SeedLoaderLoggingTests
{
    sealed class Recorder : Microsoft.Extensions.Logging.ILogger<SeedLoader>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel}: {formatter(state, exception)}");
    }

    [Fact]
    public void EveryLoadedAndRejectedFileIsLoggedByName()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("empty.txt", "");
        var recorder = new Recorder();
        Loaders.For(seeds.Path, logger: recorder).Scan(settle: false);
        Assert.Contains(recorder.Lines, l => l.StartsWith("Information: Loaded 000_seed.txt: NATO chief stresses"));
        Assert.Contains(recorder.Lines, l => l.StartsWith("Warning: Rejected empty.txt: the file is empty"));
    }

    [Fact]
    public void AScanOfManyFilesNamesLoadedFilesAtDebugButStillWarnsOfRejections()
    {
        using var seeds = new TempSeedFolder().WithFile("empty.txt", "");
        // 25 articles: each its own headline (25 copies of one capture would be one article).
        for (var i = 0; i < 25; i++) seeds.WithFile($"{i:D3}_seed.txt", Samples.SeedText.Replace("NATO chief stresses", $"NATO chief {i} stresses"));
        var recorder = new Recorder();
        Loaders.For(seeds.Path, logger: recorder).Scan(settle: false);
        Assert.Equal(25, recorder.Lines.Count(l => l.StartsWith("Debug: Loaded ")));
        Assert.DoesNotContain(recorder.Lines, l => l.StartsWith("Information: Loaded "));
        Assert.Contains(recorder.Lines, l => l.StartsWith("Warning: Rejected empty.txt: the file is empty"));
        Assert.Contains(recorder.Lines, l => l.StartsWith("Information: Ingested 25 articles and rejected 1 files"));
    }

    [Fact]
    public void AParserFaultCostsOnlyItsOwnFile()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("fault.txt", Samples.SeedBytes);
        var recorder = new Recorder();
        var loader = new SeedLoader(Microsoft.Extensions.Options.Options.Create(new SeedOptions { Path = seeds.Path }),
            new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = seeds.Path }, recorder)
        {
            Parser = (name, bytes, limits, texts) => name == "fault.txt"
                ? throw new ArgumentOutOfRangeException("index")
                : ArticleParser.Parse(bytes, limits, texts),
        };
        var snapshot = loader.Scan(settle: false)!;
        Assert.Equal(["000_seed.txt"], snapshot.Articles.Select(a => a.Source));
        var rejection = Assert.Single(snapshot.Report.Rejected);
        Assert.Equal("fault.txt", rejection.Source);
        Assert.StartsWith("the parser failed on this file (ArgumentOutOfRangeException)", rejection.Reason);
        Assert.Contains(recorder.Lines, l => l.StartsWith("Error: The parser failed on fault.txt"));
    }
}
