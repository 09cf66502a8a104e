using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using NewsReader.Web.Articles;

namespace NewsReader.Benchmarks;

/// <summary>
/// One query over a 5,000-article library (articles and their recommended stories): NewsReader's own index
/// against Lucene.NET 4.8 indexing the same fields with the same weights. The target is under 50 ms median.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    [Params("tariffs", "interest rates", "\"energy prices\"", "defence minister warns of border controls")]
    public string Query { get; set; } = "";

    LibrarySnapshot _library = null!;
    IndexSearcher _lucene = null!;
    MultiFieldQueryParser _parser = null!;

    [GlobalSetup]
    public void Setup()
    {
        _library = Corpus.Snapshot(5000);
        _ = _library.Index;

        const LuceneVersion version = LuceneVersion.LUCENE_48;
        var analyzer = new EnglishAnalyzer(version);
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(version, analyzer)))
        {
            foreach (var a in _library.Articles)
                writer.AddDocument(new Document
                {
                    new StringField("slug", a.Slug, Field.Store.YES),
                    new TextField("title", a.Headline, Field.Store.YES),
                    new TextField("caption", a.ImageCaption ?? "", Field.Store.NO),
                    new TextField("body", string.Join("\n", a.Paragraphs), Field.Store.YES),
                });
            foreach (var s in _library.Stories)
                writer.AddDocument(new Document
                {
                    new StringField("slug", s.Slug, Field.Store.YES),
                    new TextField("title", s.Title, Field.Store.YES),
                    new TextField("body", s.Summary ?? "", Field.Store.YES),
                });
            writer.Commit();
        }
        _lucene = new IndexSearcher(DirectoryReader.Open(directory));
        _parser = new MultiFieldQueryParser(version, ["title", "caption", "body"], analyzer,
            new Dictionary<string, float> { ["title"] = 3f, ["caption"] = 1.5f, ["body"] = 1f });
    }

    [Benchmark(Baseline = true, Description = "NewsReader index: top 20 with snippets")]
    public int OwnIndex() => _library.Index.Search(Query, 20).Count;

    [Benchmark(Description = "Lucene.NET: top 20, stored fields loaded")]
    public int Lucene()
    {
        var top = _lucene.Search(_parser.Parse(Query), 20);
        foreach (var hit in top.ScoreDocs) _ = _lucene.Doc(hit.Doc).Get("slug");
        return top.ScoreDocs.Length;
    }
}
