using System.Text;
using NewsReader.SeedGenerator;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Benchmarks;

/// <summary>The synthetic library the benchmarks share: captures as bytes, and the parsed snapshot.</summary>
static class Corpus
{
    /// <summary>The real capture the project started from: the first file of the seed family.</summary>
    public static byte[] RealSeed() => File.ReadAllBytes(Path.Combine(Repository.Root, "seeds", "000_edb2a65bb37253f4.txt"));

    public static byte[][] Captures(int count) =>
        [.. SyntheticLibrary.Generate(count).Select(c => Encoding.UTF8.GetBytes(c.Text))];

    public static LibrarySnapshot Snapshot(int count)
    {
        var slugs = new HashSet<string>();
        var articles = new List<Article>();
        var i = 0;
        foreach (var bytes in Captures(count))
        {
            var a = ArticleParser.Parse(bytes).Article!;
            articles.Add(a with { Slug = Slug.Unique(a.Headline, slugs), Source = $"{i++:D6}.txt" });
        }
        return new LibrarySnapshot(articles, IngestionReport.Empty(""));
    }
}
