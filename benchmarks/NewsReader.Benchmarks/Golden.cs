using System.Text;
using NewsReader.SeedGenerator;
using NewsReader.Web.Ingestion;
namespace NewsReader.Benchmarks;
/// <summary>
/// `-- golden OUT COUNT`: every parse result of COUNT inputs (the real seed, 200 synthetic captures, then
/// mutations of them with CRLF, no-break spaces, tab bullets and tight limits mixed in) written as text.
/// A change meant to keep the parser's behaviour (a faster step) must leave the file byte for byte the same.
/// </summary>
static class Golden
{
    public static void Run(string path, int count)
    {
        var corpus = new List<byte[]> { File.ReadAllBytes(Path.Combine(Repository.Root, "seeds", "000_edb2a65bb37253f4.txt")) };
        corpus.AddRange(SyntheticLibrary.Generate(200).Select(c => Encoding.UTF8.GetBytes(c.Text)));
        var random = new Random(7);
        using var w = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var input = i < corpus.Count ? corpus[i] : Mutator.Mutate(corpus[i % corpus.Count], random, rounds: 6);
            if (i % 2 == 1) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace('\0', ' '));
            if (i % 5 == 2) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace("\n", "\r\n"));
            if (i % 7 == 3) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace("  ", "\u00A0 ").Replace("•", "\t-"));
            var limits = i % 11 == 0 ? new ParseLimits(200, 3) : null;
            var r = ArticleParser.Parse(input, limits, i % 3 == 0 ? null : new NewsReader.Web.Articles.TextPool());
            w.WriteLine($"#{i}");
            if (r.Article is not { } a) { w.WriteLine("REJECT " + r.Reason); continue; }
            w.WriteLine($"H={a.Headline}|C={a.ImageCaption}|A={string.Join(";", a.Authors)}|B={a.Byline}|R={a.ReadTimeMinutes}|D={a.Dateline}|K={a.Credits}");
            foreach (var p in a.Paragraphs) w.WriteLine("P " + p);
            foreach (var t in a.Recommended) w.WriteLine($"T {t.Title}|{t.Summary}|{t.Truncated}");
        }
    }
}
