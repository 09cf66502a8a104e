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
        var corpus = new List<byte[]> { Corpus.RealSeed() };
        corpus.AddRange(SyntheticLibrary.Generate(200).Select(c => Encoding.UTF8.GetBytes(c.Text)));
        var random = new Random(7);
        using var output = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var input = i < corpus.Count ? corpus[i] : Mutator.Mutate(corpus[i % corpus.Count], random, rounds: 6);
            // Variations on top of the mutations: valid UTF-8 again, CRLF, no-break spaces and tab bullets,
            // tight limits, and with or without a TextPool.
            if (i % 2 == 1) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace('\0', ' '));
            if (i % 5 == 2) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace("\n", "\r\n"));
            if (i % 7 == 3) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace("  ", "\u00A0 ").Replace("•", "\t-"));
            var limits = i % 11 == 0 ? new ParseLimits(200, 3) : null;
            var result = ArticleParser.Parse(input, limits, i % 3 == 0 ? null : new NewsReader.Web.Articles.TextPool());
            output.WriteLine($"#{i}");
            if (result.Article is not { } a) { output.WriteLine("REJECT " + result.Reason); continue; }
            output.WriteLine($"H={a.Headline}|C={a.ImageCaption}|A={string.Join(";", a.Authors)}|B={a.Byline}|R={a.ReadTimeMinutes}|D={a.Dateline}|K={a.Credits}");
            foreach (var p in a.Paragraphs) output.WriteLine("P " + p);
            foreach (var t in a.Recommended) output.WriteLine($"T {t.Title}|{t.Summary}|{t.Truncated}");
        }
    }

    /// <summary>
    /// `-- golden-html OUT COUNT`: the same for saved pages (<see cref="Corpus.SavedPages"/>): each page, then
    /// mutations of them, through the HTML parser; the capture the page reads as, then the article.
    /// </summary>
    public static void RunHtml(string path, int count)
    {
        var pages = Corpus.SavedPages();
        var random = new Random(11);
        using var output = new StreamWriter(path);
        for (var i = 0; i < count; i++)
        {
            var input = i < pages.Length ? pages[i] : Mutator.Mutate(pages[i % pages.Length], random, rounds: 4);
            if (i % 2 == 1) input = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(input).Replace('\0', ' '));
            var result = HtmlArticleParser.Parse(input);
            output.WriteLine($"#{i}");
            if (result.Article is not { } a) { output.WriteLine("REJECT " + result.Reason); continue; }
            output.WriteLine($"H={a.Headline}|C={a.ImageCaption}|A={string.Join(";", a.Authors)}|B={a.Byline}|R={a.ReadTimeMinutes}|D={a.Dateline}|K={a.Credits}");
            foreach (var p in a.Paragraphs) output.WriteLine("P " + p);
            foreach (var t in a.Recommended) output.WriteLine($"T {t.Title}|{t.Summary}|{t.Truncated}");
        }
    }
}
