using NewsReader.Web.Articles;

namespace NewsReader.Tests.Ingestion;

/// <summary>Every field of the first real capture, exactly.</summary>
public class SeedParserTests
{
    readonly Article _article = Samples.ParseBytes(Samples.SeedBytes);

    [Fact]
    public void HeadlineIsTheFirstLine() =>
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", _article.Headline);

    [Fact]
    public void ImageCaptionIsTheLineUnderTheHeadline() =>
        Assert.Equal("NATO Secretary General Jens Stoltenberg speaks at Keio University in Tokyo", _article.ImageCaption);

    [Fact]
    public void AuthorsComeFromTheAuthorAndByLinesOnce() =>
        Assert.Equal(["Sakura Murakami"], _article.Authors);

    [Fact]
    public void BylineIsKeptAsWritten() => Assert.Equal("By Sakura Murakami", _article.Byline);

    [Fact]
    public void ReadTimeIsOneMinute() => Assert.Equal(1, _article.ReadTimeMinutes);

    [Fact]
    public void DatelineIsTokyoReuters() => Assert.Equal(new Dateline("TOKYO", "Reuters"), _article.Dateline);

    [Fact]
    public void BodyHasEightParagraphsAndTheFirstKeepsItsDateline()
    {
        Assert.Equal(8, _article.Paragraphs.Count);
        Assert.StartsWith("TOKYO (Reuters) - NATO Secretary-General Jens Stoltenberg on Wednesday", _article.Paragraphs[0]);
        Assert.Equal("China has criticised NATO's efforts to expand its alliances in Asia. Russia, which calls its invasion of Ukraine a \"special operation\", has repeatedly cast NATO's expansion as a threat to its security.", _article.Paragraphs[^1]);
        Assert.DoesNotContain(_article.Paragraphs, p => p.Contains("Editing by"));
    }

    [Fact]
    public void CreditsLoseTheirParentheses() =>
        Assert.Equal("Reporting by Sakura Murakami. Editing by Gerry Doyle", _article.Credits);

    [Fact]
    public void AllTwentyRecommendedStoriesAreReadInFileOrder()
    {
        string[] titles =
        [
            "NATO, Japan pledge to strengthen ties in face of 'historic' security threat",
            "Explainer-What is driving the violence in eastern Congo?",
            "NATO chief urges Seoul to send military support to Ukraine",
            "NATO chief urges closer ties with Japan to defend democracy",
            "Turkey frustrates Finland’s and Sweden’s NATO bids",
            "U.S. stops granting export licenses for China's Huawei - sources",
            "Corruption rife across Latin America; Guatemala, Nicaragua reach all-time lows: report",
            "US Air Force awards Boeing $2.3B contract for 15 more KC-46s",
            "Ukraine's Defence Minister explains how to understand \"no\" from US regarding F-16 supply",
            "Former Shanghai bookseller's wife hit with 'exit ban'",
            "US to increase weapons deployment to counter North Korea",
            "In Haiti, gangs take control as democracy withers",
            "Poland aims to get training time on Leopard tanks down to 5 weeks",
            "Austin in Philippines to discuss larger US military presence",
            "Utah lawmaker accused of 'intimidating' police officers who arrested his son",
            "Twitter questions Sean Payton-Broncos marriage before it even begins",
            "Nato ready for 'direct confrontation’ with Putin's Russia, top admiral warns",
            "Trump in Even More Legal Hot Water After Lying to Judge",
            "This will force Russia to end the war",
            "MSNBC Host Ridicules Lindsey Graham's ‘Hostage’ Video For Trump: ‘Blink Twice’",
        ];
        Assert.Equal(titles, _article.Recommended.Select(t => t.Title));
        Assert.All(_article.Recommended, t => Assert.False(string.IsNullOrEmpty(t.Summary)));
    }

    [Fact]
    public void TeaserSummariesAreComplete()
    {
        Assert.Equal("The award brings the number of KC-46s under contract with the U.S. Air Force to 128.", _article.Recommended[7].Summary);
        Assert.Equal("\"Oh man,\" began Ayman Mohyeldin as he ridiculed the South Carolina Republican's address at Donald Trump's 2024 campaign rally.", _article.Recommended[19].Summary);
    }

    [Fact]
    public void OnlyTheCutOffTrumpSummaryIsTruncated()
    {
        var truncated = Assert.Single(_article.Recommended, t => t.Truncated);
        Assert.Equal("Trump in Even More Legal Hot Water After Lying to Judge", truncated.Title);
        Assert.EndsWith("with the real estate com", truncated.Summary);
    }
}
