using System.Diagnostics;
using System.Text;
using NewsReader.SeedGenerator;
using NewsReader.Web.Ingestion;

namespace NewsReader.Benchmarks;

/// <summary>
/// `-- fuzz COUNT [SEED]`: COUNT mutated captures (the real seed and synthetic ones) through the text and
/// Markdown parsers, and the mutations of a saved page through the HTML parser as well.
/// Reports exceptions (there must be none), how many became articles or rejections, and the slowest
/// parse per KB (a superlinear step would show as a large figure on large inputs).
/// </summary>
static class Fuzz
{
    public static int Run(int count, int seed)
    {
        var corpus = new List<byte[]> { Corpus.RealSeed() };
        corpus.AddRange(SyntheticLibrary.Generate(50).Select(c => Encoding.UTF8.GetBytes(c.Text)));
        corpus.Add(Encoding.UTF8.GetBytes("---\nheadline: Markdown\nrecommended:\n  - { title: T, summary: S }\n---\nBody *text*."));
        // The seed as rich text, TextEdit's and Pandoc's, and as Pandoc's Word document (every input goes
        // through the RTF and .docx readers too).
        foreach (var capture in (string[])["seed-textedit.rtf", "seed-pandoc.rtf", "seed-pandoc.docx"])
            corpus.Add(File.ReadAllBytes(Path.Combine(Repository.Root, "tests", "NewsReader.Tests", "Captures", capture)));
        // Saved pages, through the HTML parser too (only their mutations: AngleSharp takes a millisecond a page).
        var pages = corpus.Count;
        corpus.AddRange(Corpus.SavedPages());
        var random = new Random(seed);
        int articles = 0, rejections = 0, failures = 0;
        double worstMsPerKb = 0;
        var perKb = new List<double>();
        long bytes = 0;
        var reasons = new Dictionary<string, int>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var input = Mutator.Mutate(corpus[i % corpus.Count], random, rounds: 6);
            // Every other input is made valid UTF-8 again, so the mutations reach past the decoder.
            if (i % 2 == 1) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace('\0', ' '));
            bytes += input.Length;
            var one = Stopwatch.StartNew();
            try
            {
                ParseResult[] results = i % corpus.Count >= pages
                    ? [ArticleParser.Parse(input), MarkdownArticleParser.Parse(input), HtmlArticleParser.Parse(input)]
                    : [ArticleParser.Parse(input), MarkdownArticleParser.Parse(input), RichText.Parse(input), WordDocument.Parse(input), SavedMail.Parse(input)];
                foreach (var result in results)
                {
                    if (result.Article is not null) articles++;
                    else
                    {
                        rejections++;
                        var kind = result.Reason!.Split(':', ' ')[0..3];
                        var key = string.Join(' ', kind);
                        reasons[key] = reasons.GetValueOrDefault(key) + 1;
                    }
                }
            }
            catch (Exception e)
            {
                failures++;
                var file = Path.Combine(Path.GetTempPath(), $"newsreader-fuzz-{seed}-{i}.bin");
                File.WriteAllBytes(file, input);
                Console.WriteLine($"input {i}: {e.GetType().Name}: {e.Message} (saved to {file})");
            }
            if (input.Length > 4096 && i >= 2000) // after warm-up (JIT)
            {
                var ms = one.Elapsed.TotalMilliseconds / (input.Length / 1024.0);
                perKb.Add(ms);
                worstMsPerKb = Math.Max(worstMsPerKb, ms);
            }
        }
        Console.WriteLine($"fuzz: inputs={count} seed={seed} bytes={bytes:N0} elapsed={clock.Elapsed.TotalSeconds:F1}s");
        perKb.Sort();
        var p99 = perKb.Count == 0 ? 0 : perKb[(int)(perKb.Count * 0.99)];
        var median = perKb.Count == 0 ? 0 : perKb[perKb.Count / 2];
        Console.WriteLine($"fuzz: articles={articles} rejections={rejections} exceptions={failures}");
        Console.WriteLine($"fuzz: ms per KB on inputs over 4 KB: median={median:F4} p99={p99:F4} max={worstMsPerKb:F3}");
        foreach (var (reason, n) in reasons.OrderByDescending(r => r.Value).Take(8)) Console.WriteLine($"  {n,7}  {reason}…");
        return failures == 0 ? 0 : 1;
    }
}
