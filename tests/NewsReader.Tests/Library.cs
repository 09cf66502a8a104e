using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests;

/// <summary>Snapshots built straight from inline captures, for tests of what the library computes.</summary>
static class Library
{
    public static LibrarySnapshot Of(params string[] captures)
    {
        var slugs = new HashSet<string>();
        var articles = captures.Select((text, i) =>
        {
            var a = Samples.Parse(text);
            return a with { Slug = Slug.Unique(a.Headline, slugs), Source = $"{i:D3}.txt" };
        }).ToList();
        return new LibrarySnapshot(articles, IngestionReport.Empty(""));
    }

    public static LibrarySnapshot Seed() => Of(Samples.SeedText);
}
