using FsCheck.Xunit;
using NewsReader.Web.Articles;

namespace NewsReader.Tests.Search;

/// <summary>The cases the fuzzy threshold and the name rule were chosen on: true matches and near misses.</summary>
public class HeadlineMatchTests
{
    [Theory]
    [InlineData("Explainer-What is driving the violence in eastern Congo?", "Explainer: What is driving the violence in eastern Congo?")]
    [InlineData("Turkey frustrates Finland’s and Sweden’s NATO bids", "Turkey frustrates Finland's and Sweden's Nato bids")]
    [InlineData("UPDATE 2-NATO chief urges Seoul to send military support to Ukraine", "NATO chief urges Seoul to send military support to Ukraine")]
    [InlineData("FOCUS-Japan's chipmakers bet on Kyushu", "Japan's chipmakers bet on Kyushu")]
    [InlineData("Instant View-Fed holds rates steady", "Fed holds rates steady")]
    [InlineData("WRAPUP 1-Ukraine braces for new Russian offensive", "Ukraine braces for new Russian offensive")]
    [InlineData("US Air Force awards Boeing $2.3B contract for 15 more KC-46s", "US Air Force awards Boeing $2.3 bln contract for 15 more KC-46s")]
    [InlineData("Poland aims to get training time on Leopard tanks down to 5 weeks", "Poland aims to cut training time on Leopard tanks to 5 weeks")]
    [InlineData("Twitter questions Sean Payton-Broncos marriage before it even begins", "Twitter questions Sean Payton–Broncos marriage before it begins")]
    [InlineData("Austin in Philippines to discuss larger US military presence", "Austin in Philippines to discuss bigger US military presence")]
    public void Matches(string teaser, string headline) => Assert.True(HeadlineMatch.IsMatch(teaser, headline), $"{HeadlineMatch.Similarity(teaser, headline):F3}");

    [Theory]
    [InlineData("NATO chief urges closer ties with Japan to defend democracy", "NATO chief urges Seoul to send military support to Ukraine")]
    [InlineData("US to increase weapons deployment to counter North Korea", "US to increase troop deployment to counter China")]
    [InlineData("Austin in Philippines to discuss larger US military presence", "Austin in South Korea to discuss larger US military presence")]
    [InlineData("NATO chief urges Seoul to send military support to Ukraine", "NATO chief urges Tokyo to send military support to Ukraine")]
    [InlineData("Ukraine's Defence Minister explains how to understand \"no\" from US regarding F-16 supply", "Ukraine's Foreign Minister explains how to understand \"no\" from US regarding tanks")]
    [InlineData("This will force Russia to end the war", "This will not force Russia to end the war in Ukraine")]
    public void NearMissesDoNotMatch(string teaser, string headline) => Assert.False(HeadlineMatch.IsMatch(teaser, headline), $"{HeadlineMatch.Similarity(teaser, headline):F3}");

    [Fact]
    public void LibraryLinksAFuzzyTeaserToItsArticle()
    {
        var library = Library.Of(Samples.SeedText, "US Air Force awards Boeing $2.3 bln contract for 15 more KC-46s\n\nWASHINGTON (Reuters) - The award was made on Friday.");
        var story = library.Stories.Single(s => s.Title.StartsWith("US Air Force"));
        Assert.Same(library.Articles[1], story.FullArticle);
        Assert.Null(library.Stories.Single(s => s.Title.StartsWith("US to increase")).FullArticle);
    }

    // Library linking asks only "does this reach the best score so far?" and stops a walk early when it cannot.
    [Property(MaxTest = 500)]
    public bool DiceWithAFloorAgreesWithTheWholeWalk(byte[]? a, byte[]? b, byte step)
    {
        static long[] Grams(byte[]? bytes) => HeadlineMatch.Trigrams(new string((bytes ?? []).Select(x => "ab c"[x % 4]).ToArray()));
        var (x, y) = (Grams(a), Grams(b));
        var floor = step % 11 / 10.0;
        var whole = HeadlineMatch.Dice(x, y);
        return HeadlineMatch.Dice(x, y, floor) == (whole >= floor ? whole : 0);
    }
}
