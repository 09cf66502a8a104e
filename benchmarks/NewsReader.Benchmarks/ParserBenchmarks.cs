using System.Text;
using BenchmarkDotNet.Attributes;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Benchmarks;

/// <summary>
/// Parsing the seed family (the real seed and 499 synthetic captures) against merely decoding the same
/// bytes as UTF-8 and splitting them into lines. The target: parsing at least half as fast as the baseline.
/// Each invocation goes through all the files and counts as one operation per file, so the time and the
/// allocations BenchmarkDotNet reports are per article.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    const int Files = 500;

    byte[][] _files = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seed = Corpus.RealSeed();
        _files = [seed, .. Corpus.Captures(Files - 1)];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Files, Description = "decode UTF-8 + split lines")]
    public int DecodeAndSplit()
    {
        var lines = 0;
        foreach (var bytes in _files)
            foreach (var _ in Encoding.UTF8.GetString(bytes).AsSpan().EnumerateLines()) lines++;
        return lines;
    }

    // As the loader parses a scan: one TextPool for the pass, so repeated teaser texts are one string.
    [Benchmark(OperationsPerInvoke = Files, Description = "ArticleParser.Parse")]
    public int Parse()
    {
        var paragraphs = 0;
        var texts = new TextPool(_files.Length);
        foreach (var bytes in _files) paragraphs += ArticleParser.Parse(bytes, texts: texts).Article!.Paragraphs.Count;
        return paragraphs;
    }

    // Each file on its own, teaser texts not shared: what pooling costs the parse.
    [Benchmark(OperationsPerInvoke = Files, Description = "ArticleParser.Parse, no TextPool")]
    public int ParseWithoutPool()
    {
        var paragraphs = 0;
        foreach (var bytes in _files) paragraphs += ArticleParser.Parse(bytes).Article!.Paragraphs.Count;
        return paragraphs;
    }
}
