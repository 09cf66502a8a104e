using System.Diagnostics;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Benchmarks;

/// <summary>`-- library COUNT`: where start-up time and memory go for a synthetic library of COUNT articles
/// (parse and snapshot delay the first page; the stories' full articles and the index are built after it, in the background).</summary>
static class LibraryProfile
{
    public static void Run(int count)
    {
        var files = Corpus.Captures(count);
        var textBytes = files.Sum(f => (long)f.Length);
        var baseline = GC.GetTotalMemory(true);
        var allocated = GC.GetTotalAllocatedBytes(true);
        var collections = GC.CollectionCount(0);
        // Allocated in the step (garbage and kept alike) and gen-0 collections it caused.
        string Churn()
        {
            var (now, gcs) = (GC.GetTotalAllocatedBytes(true), GC.CollectionCount(0));
            var line = $"allocated {(now - allocated) / 1048576.0,7:F1} MiB in {gcs - collections,3} gen-0 GCs";
            (allocated, collections) = (now, gcs);
            return line;
        }
        var clock = Stopwatch.StartNew();
        var articles = new Article[files.Length];
        var texts = new TextPool(files.Length); // as the loader does for one scan
        Parallel.For(0, files.Length, i => articles[i] = ArticleParser.Parse(files[i], texts: texts).Article! with { Slug = $"a{i}", Source = $"{i}.txt" });
        Console.WriteLine($"parse     {clock.ElapsedMilliseconds,6} ms  retained {(GC.GetTotalMemory(true) - baseline) / 1048576.0,7:F1} MiB (text {textBytes / 1048576.0:F1} MiB)  {Churn()}");
        clock.Restart();
        var snapshot = new LibrarySnapshot(articles, IngestionReport.Empty(""));
        Console.WriteLine($"snapshot  {clock.ElapsedMilliseconds,6} ms  retained {(GC.GetTotalMemory(true) - baseline) / 1048576.0,7:F1} MiB ({snapshot.Stories.Count} stories)  {Churn()}");
        clock.Restart();
        _ = snapshot.Stories.Count > 0 ? snapshot.Stories[0].FullArticle : null; // every story's, found at once
        Console.WriteLine($"matches   {clock.ElapsedMilliseconds,6} ms  retained {(GC.GetTotalMemory(true) - baseline) / 1048576.0,7:F1} MiB (full articles of stories)  {Churn()}");
        clock.Restart();
        _ = snapshot.Index;
        Console.WriteLine($"index     {clock.ElapsedMilliseconds,6} ms  retained {(GC.GetTotalMemory(true) - baseline) / 1048576.0,7:F1} MiB  {Churn()}");
        GC.KeepAlive(files);
    }
}
