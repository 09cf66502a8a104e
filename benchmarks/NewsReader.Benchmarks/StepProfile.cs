using System.Diagnostics;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;
namespace NewsReader.Benchmarks;
static class StepProfile
{
    /// <summary>Parses the corpus in a loop for SECONDS, for a sampling profiler (perf record) to watch.</summary>
    public static void ParseForever(int seconds)
    {
        var files = Corpus.Captures(500);
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var texts = new TextPool(files.Length); // one per pass, as the loader has one per scan
            foreach (var f in files) ArticleParser.Parse(f, texts: texts);
        }
    }

    public static void Run()
    {
        var files = Corpus.Captures(500);
        var texts = files.Select(f => SeedText.Decode(f, out _)!).ToArray();
        var sections = texts.Select(t => SeedSections.Split(SeedText.Lines(t))!).ToArray();
        // The fastest of ten batches of ten runs: on a shared machine other load only ever adds time.
        void Time(string name, Action a)
        {
            for (var w = 0; w < 20; w++) a();
            var best = double.MaxValue;
            for (var batch = 0; batch < 10; batch++)
            {
                var sw = Stopwatch.StartNew();
                for (var i = 0; i < 10; i++) a();
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds / 10);
            }
            Console.WriteLine($"{name,-12} {best:F3} ms");
        }
        Time("decode", () => { foreach (var f in files) SeedText.Decode(f, out _); });
        Time("lines", () => { foreach (var t in texts) SeedText.Lines(t); });
        Time("split", () => { foreach (var t in texts) SeedSections.Split(SeedText.Lines(t)); });
        Time("teasers", () => { foreach (var s in sections) Teaser.ParseAll(s.Recommended); });
        Time("body", () => { foreach (var s in sections) SeedBody.Paragraphs(s.Body); });
        Time("header", () => { foreach (var s in sections) SeedHeader.Read(s.Header, "Reuters"); });
        Time("dateline", () => { foreach (var t in texts) Dateline.TryParse(t); });
        var allLines = texts.Select(SeedText.Lines).ToArray();
        Time("marker", () => { foreach (var ls in allLines) foreach (var l in ls) SeedSections.IsRecommendedMarker(l.Span); });
        Time("blank", () => { foreach (var ls in allLines) foreach (var l in ls) l.IsBlank(); });
        Time("readtime", () => { foreach (var ls in allLines) foreach (var l in ls.Take(8)) ReadTime.TryParse(l.Span, out _, out _); });
        Time("dl-lines", () => { foreach (var ls in allLines) foreach (var l in ls.Take(8)) Dateline.TryParse(l.ToString()); });
        Time("headerEnd", () => { foreach (var ls in allLines) { var h = 0; while (ls[h].IsBlank()) h++; var r = h + 1; while (r < ls.Count && !SeedSections.IsRecommendedMarker(ls[r].Span)) r++; SeedSections.HeaderEnd(ls, h, r); } });
        // Bytes allocated per article by each step (the second of two runs: JIT work is not counted).
        long PerArticle(Action a) { a(); var before = GC.GetAllocatedBytesForCurrentThread(); a(); return (GC.GetAllocatedBytesForCurrentThread() - before) / files.Length; }
        foreach (var (name, step) in new (string, Action)[]
        {
            ("decode", () => { foreach (var f in files) SeedText.Decode(f, out _); }),
            ("lines", () => { foreach (var t in texts) SeedText.Lines(t); }),
            ("sections", () => { foreach (var ls in allLines) SeedSections.Split(ls); }),
            ("teasers", () => { var pool = new TextPool(); foreach (var s in sections) Teaser.ParseAll(s.Recommended, pool); }),
            ("full", () => { var pool = new TextPool(); foreach (var f in files) ArticleParser.Parse(f, texts: pool); }),
        })
            Console.WriteLine($"{name,-12} {PerArticle(step):N0} B allocated per article");
        Time("full", () => { foreach (var f in files) ArticleParser.Parse(f); });
    }
}
