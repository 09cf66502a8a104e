using System.Diagnostics;
using System.Text;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Benchmarks;

/// <summary>
/// `-- ab ROUNDS [seed]`: the parser benchmark's three cases (decode + split, parse with one TextPool, parse
/// without) timed in turn, ROUNDS times; the minimums, then the medians, printed. On a noisy machine the
/// ratios move less than between BenchmarkDotNet's separate processes, so a change's effect shows sooner;
/// the minimums move least of all (other load only ever adds time). `seed`: the real seed 500 times
/// instead of the synthetic family.
/// </summary>
static class Interleaved
{
    public static void Run(int rounds, bool seedOnly)
    {
        var seed = Corpus.RealSeed();
        byte[][] files = seedOnly ? [.. Enumerable.Repeat(seed, 500)] : [seed, .. Corpus.Captures(499)];
        double Base() { var sw = Stopwatch.StartNew(); var lines = 0; foreach (var b in files) foreach (var _ in Encoding.UTF8.GetString(b).AsSpan().EnumerateLines()) lines++; return sw.Elapsed.TotalMilliseconds; }
        double Pool() { var sw = Stopwatch.StartNew(); var t = new TextPool(files.Length); foreach (var b in files) ArticleParser.Parse(b, texts: t); return sw.Elapsed.TotalMilliseconds; }
        double NoPool() { var sw = Stopwatch.StartNew(); foreach (var b in files) ArticleParser.Parse(b); return sw.Elapsed.TotalMilliseconds; }
        for (var i = 0; i < 100; i++) { Base(); Pool(); NoPool(); }
        var (a, p, n) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = 0; i < rounds; i++) { a.Add(Base()); p.Add(Pool()); n.Add(NoPool()); }
        double Med(List<double> x) { x.Sort(); return x[x.Count / 2]; }
        Console.WriteLine($"min base {a.Min():F3} pool {p.Min():F3} nopool {n.Min():F3} ratio {p.Min() / a.Min():F2}x {n.Min() / a.Min():F2}x");
        Console.WriteLine($"baseline {Med(a):F3} ms  pool {Med(p):F3} ms ({Med(p) / Med(a):F2}x)  no pool {Med(n):F3} ms ({Med(n) / Med(a):F2}x)");
    }
}
