using System.Diagnostics;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsReader.Web.Search;

namespace NewsReader.Benchmarks;

/// <summary>`-- footprint [COUNT]`: build time and retained managed memory of each index over the same library.</summary>
static class IndexFootprint
{
    public static void Run(int count)
    {
        var library = Corpus.Snapshot(count);
        Console.WriteLine($"library: {library.Articles.Count} articles, {library.Stories.Count} stories");

        var (ownMs, ownBytes, own) = Measure(() => new LibraryIndex(library.Articles, library.Stories));
        Console.WriteLine($"NewsReader index: build {ownMs} ms, retained {ownBytes / 1024 / 1024.0:F1} MiB");
        GC.KeepAlive(own);

        var (luceneMs, luceneBytes, lucene) = Measure(() =>
        {
            var directory = new RAMDirectory();
            using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new EnglishAnalyzer(LuceneVersion.LUCENE_48)));
            foreach (var a in library.Articles)
                writer.AddDocument(new Document { new StringField("slug", a.Slug, Field.Store.YES), new TextField("title", a.Headline, Field.Store.YES), new TextField("body", string.Join("\n", a.Paragraphs), Field.Store.YES) });
            foreach (var s in library.Stories)
                writer.AddDocument(new Document { new StringField("slug", s.Slug, Field.Store.YES), new TextField("title", s.Title, Field.Store.YES), new TextField("body", s.Summary ?? "", Field.Store.YES) });
            writer.Commit();
            return DirectoryReader.Open(directory);
        });
        Console.WriteLine($"Lucene.NET RAMDirectory: build {luceneMs} ms, retained {luceneBytes / 1024 / 1024.0:F1} MiB");
        GC.KeepAlive(lucene);
    }

    static (long Ms, long Bytes, T Value) Measure<T>(Func<T> build)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        var value = build();
        var ms = clock.ElapsedMilliseconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return (ms, after - before, value);
    }
}
