using System.Text;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Robustness;

public class LimitTests
{
    static SeedLoader Loader(string path, SeedOptions options) => Loaders.For(path, options);

    [Fact]
    public void LineOverTheLimitIsRejectedWithItsNumber()
    {
        var result = ArticleParser.Parse(Encoding.UTF8.GetBytes("Headline\n\n" + new string('x', 200) + "\n"), new ParseLimits(100, 200));
        Assert.Equal("line 3 is 200 characters long, over the 100-character limit (Seeds:MaxLineLength)", result.Reason);
    }

    [Fact]
    public void TeasersBeyondTheLimitAreDropped()
    {
        var article = ArticleParser.Parse(Samples.SeedBytes, new ParseLimits(65536, 5)).Article!;
        Assert.Equal(5, article.Recommended.Count);
        Assert.Equal("NATO, Japan pledge to strengthen ties in face of 'historic' security threat", article.Recommended[0].Title);
    }

    [Fact]
    public void FilesBeyondTheLimitAreReportedNotRead()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", "A story\n\nBody.").WithFile("b.txt", "B story\n\nBody.").WithFile("c.txt", "C story\n\nBody.");
        var snapshot = Loader(seeds.Path, new SeedOptions { Path = seeds.Path, MaxFiles = 2 }).Scan(settle: false)!;
        Assert.Equal(["a.txt", "b.txt"], snapshot.Articles.Select(a => a.Source));
        var rejection = Assert.Single(snapshot.Report.Rejected);
        Assert.Equal("c.txt", rejection.Source);
        Assert.Contains("Seeds:MaxFiles", rejection.Reason);
        Assert.Equal(3, snapshot.Report.FileCount);
    }

    [Fact]
    public void LimitsComeFromConfiguration()
    {
        using var seeds = new TempSeedFolder().WithSeed();
        var snapshot = Loader(seeds.Path, new SeedOptions { Path = seeds.Path, MaxTeasers = 3 }).Scan(settle: false)!;
        Assert.Equal(3, snapshot.Articles[0].Recommended.Count);
    }
}
