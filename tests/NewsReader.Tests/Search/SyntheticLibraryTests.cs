using NewsReader.SeedGenerator;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Search;

public class SyntheticLibraryTests
{
    [Fact]
    public void EveryGeneratedCaptureParsesWithItsParts()
    {
        var captures = SyntheticLibrary.Generate(300).ToList();
        var articles = captures.Select(c => ArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes(c.Text))).ToList();
        Assert.All(articles, r => Assert.Null(r.Reason));
        Assert.True(articles.Count(r => r.Article!.Dateline is not null) > 200);
        Assert.True(articles.Count(r => r.Article!.Recommended.Count > 0) > 150);
        Assert.Contains(articles, r => r.Article!.Recommended.Any(t => t.Truncated));
    }

    [Fact]
    public void GenerationIsDeterministic() =>
        Assert.Equal(SyntheticLibrary.Generate(20, seed: 7).Select(c => c.Text), SyntheticLibrary.Generate(20, seed: 7).Select(c => c.Text));

    [Fact]
    public void TeasersOfAGeneratedLibraryLinkToItsArticles()
    {
        using var folder = new TempSeedFolder();
        SyntheticLibrary.WriteTo(folder.Path, 200);
        var library = Library.Of([.. Directory.GetFiles(folder.Path).Order().Select(File.ReadAllText)]);
        Assert.True(library.Stories.Count(s => s.FullArticle is not null) > 50);
        Assert.NotEmpty(library.Index.Search("interest rates"));
    }
}
