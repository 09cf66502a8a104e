using NewsReader.Web.Articles;

namespace NewsReader.Tests.Articles;

public class TeaserTests
{
    [Theory]
    [InlineData("with the real estate com", true)]
    [InlineData("and the company said,", true)]
    [InlineData("Read more...", true)]
    [InlineData("Read more…", true)]
    [InlineData("It ended.", false)]
    [InlineData("Is it over?", false)]
    [InlineData("he said “we are ready.”", false)]
    [InlineData("to \"intimidate.\"", false)]
    public void CutOffSummariesAreDetected(string summary, bool cutOff) =>
        Assert.Equal(cutOff, Teaser.IsCutOff(summary));

    [Theory]
    [InlineData("  • **Oil slips as supply worries ease**", "Oil slips as supply worries ease")]
    [InlineData("### Oil slips as supply worries ease", "Oil slips as supply worries ease")]
    [InlineData("- __[Oil slips as supply worries ease](https://example.com/oil)__", "Oil slips as supply worries ease")]
    [InlineData("  • Oil *slips* as supply worries ease", "Oil *slips* as supply worries ease")] // emphasis inside stays
    [InlineData("  • #1 seed Alcaraz wins", "#1 seed Alcaraz wins")]                            // no heading: no space after "#"
    [InlineData("  • # 1 seed Alcaraz wins", "# 1 seed Alcaraz wins")]                          // after a bullet, a number
    [InlineData("  • ** Oil slips **", "** Oil slips **")]                                     // marks that touch no text
    public void TitlesLoseTheMarkdownAroundThem(string line, string title) =>
        Assert.Equal(title, Assert.Single(Teaser.ParseAll([line, "", "    Prices fell."])).Title);

    [Fact]
    public void WithoutBlankLinesATitleAfterASummaryStartsTheNextTeaser()
    {
        var cutOff = "A summary the site cut off after well over one hundred and fifty characters, as the seed's own teasers show it: a line far too long to be wrapped, ending mid-word with the real estate com";
        var teasers = Teaser.ParseAll(["First title", "First summary ends.", "Second title", cutOff, "Third title", "Third summary wraps here", "and goes on.", "Fourth title"]);
        Assert.Equal(["First title", "Second title", "Third title", "Fourth title"], teasers.Select(t => t.Title));
        Assert.Equal(["First summary ends.", cutOff, "Third summary wraps here and goes on.", null], teasers.Select(t => t.Summary));
    }

    [Fact]
    public void AProviderOverEachTitleAndAnAgeUnderEachSummaryAreNeither()
    {
        // Yahoo's teasers, as a copy of the page has them: the provider, the title, the summary, the age.
        // Without blank lines between them, the age closes a teaser, even under a summary the site cut off.
        var teasers = Teaser.ParseAll(["Reuters", "Samsung profit falls as chip glut persists", "Samsung posted a sharp drop in profit.", "2 hours ago", "",
            "Bloomberg", "Apple supplier Foxconn sees revenue rise", "Foxconn said revenue rose 5% in the", "5 min read · 3 hours ago",
            "The Associated Press", "Google faces new antitrust suit in Europe", "Regulators opened a new case.", "Yesterday"]);
        Assert.Equal(["Samsung profit falls as chip glut persists", "Apple supplier Foxconn sees revenue rise", "Google faces new antitrust suit in Europe"],
            teasers.Select(t => t.Title));
        Assert.Equal(["Samsung posted a sharp drop in profit.", "Foxconn said revenue rose 5% in the", "Regulators opened a new case."], teasers.Select(t => t.Summary));
    }

    [Fact]
    public void WithoutBulletsOrIndentationAWrappedSummaryIsNoTitle()
    {
        // A copy without bullets or indentation, wrapped at 40 columns as fmt or Pandoc would: each
        // summary's block runs over several lines, like a wrapped title would. (A short summary cut off
        // without a full stop, on two lines, still reads as a title: nothing tells them apart.)
        ReadOnlyMemory<char>[] body = [.. new[] { "LONDON (AFP) - Stocks rose on Thursday", "after the central bank held its main", "rate, as most economists had expected." }.Select(l => l.AsMemory())];
        ReadOnlyMemory<char>[] lines = [.. new[] {
            "Oil slips as supply worries ease", "", "Prices fell for a second day as traders", "weighed the outlook for demand in Asia.", "Analysts expect more of the same.", "",
            "Bonds steady ahead of data", "", "Yields were little changed in early", "trade as investors awaited the figures", "due later in the week, with traders wary",
            "of any surprise in the inflation data", "that could shift the outlook for com" }.Select(l => l.AsMemory())];
        var teasers = Teaser.ParseAll(lines, body: body);
        Assert.Equal(["Oil slips as supply worries ease", "Bonds steady ahead of data"], teasers.Select(t => t.Title));
        Assert.Equal(["Prices fell for a second day as traders weighed the outlook for demand in Asia. Analysts expect more of the same.",
                      "Yields were little changed in early trade as investors awaited the figures due later in the week, with traders wary of any surprise in the inflation data that could shift the outlook for com"],
                     teasers.Select(t => t.Summary));
        Assert.True(teasers[1].Truncated); // a summary the page cut off, as the seed's are
    }

    [Fact]
    public void ANumberOnALineOfItsOwnOpensATeaser()
    {
        // Some pages number their list in a box beside each story; a copy puts the number on its own line.
        var teasers = Teaser.ParseAll(["1", "First title", "First summary.", "", "2.", "Second title", "Second summary.", "", "10", "Third title"]);
        Assert.Equal(["First title", "Second title", "Third title"], teasers.Select(t => t.Title));
        Assert.Equal(["First summary.", "Second summary.", null], teasers.Select(t => t.Summary));
    }

    [Theory]
    [InlineData("  • Oil slips as supply worries ease - Reuters", "Oil slips as supply worries ease")]
    [InlineData("  • Oil slips as supply worries ease | Yahoo Finance", "Oil slips as supply worries ease")]
    [InlineData("  • U.S. stops granting export licenses for China's Huawei - sources", "U.S. stops granting export licenses for China's Huawei - sources")]
    public void ATitleLosesTheSiteNameAPageTitleAdds(string line, string title) =>
        Assert.Equal(title, Assert.Single(Teaser.ParseAll([line, "", "    Prices fell."])).Title);

    [Fact]
    public void AWrappedTitleLosesTheSiteNameOnItsLastLine()
    {
        ReadOnlyMemory<char>[] body = [.. new[] { "LONDON (AFP) - Stocks rose on Thursday after the central bank", "held its main rate, as most economists had expected it to, and", "bond yields fell." }.Select(l => l.AsMemory())];
        ReadOnlyMemory<char>[] lines = [.. new[] { "  • Oil slips as supply worries ease across Asian markets on", "    Monday - Reuters", "", "    Prices fell." }.Select(l => l.AsMemory())];
        Assert.Equal("Oil slips as supply worries ease across Asian markets on Monday", Assert.Single(Teaser.ParseAll(lines, body: body)).Title);
    }

    [Fact]
    public void ASummaryMarkedWithAnotherGlyphThanTheTitlesIsTheSummary()
    {
        // "•" marks the titles; a dash before each summary is the summary's own mark, not a new teaser.
        var teasers = Teaser.ParseAll(["• First title", "— First summary.", "", "• Second title", "– Second summary."]);
        Assert.Equal(["First title", "Second title"], teasers.Select(t => t.Title));
        Assert.Equal(["First summary.", "Second summary."], teasers.Select(t => t.Summary));
    }

    [Fact]
    public void RulesBetweenTeasersAreNoTeasers()
    {
        var teasers = Teaser.ParseAll(["First title", "", "First summary.", "---", "Second title", "", "Second summary.", "* * *", "", "Third title"]);
        Assert.Equal(["First title", "Second title", "Third title"], teasers.Select(t => t.Title));
        Assert.Equal(["First summary.", "Second summary.", null], teasers.Select(t => t.Summary));
    }

    [Fact]
    public void AdvertsAmongTheTeasersAreLeftOut()
    {
        var teasers = Teaser.ParseAll(["  • First title", "", "    First summary.", "", "Sponsored", "", "  • Ad · Brand", "", "    Buy it today.",
            "  • Sponsored: A better mattress", "  • Adam Smith's heirs sell the estate", "", "    Promoted", "    The sale ends a feud."]);
        Assert.Equal(["First title", "Adam Smith's heirs sell the estate"], teasers.Select(t => t.Title));
        Assert.Equal(["First summary.", "The sale ends a feud."], teasers.Select(t => t.Summary));
    }

    [Fact]
    public void AGermanQuoteOpeningATitleIsNoBullet()
    {
        var teasers = Teaser.ParseAll(["»So nicht«, sagt Scholz", "", "Der Kanzler lehnt ab.", "", "Zweiter Titel", "", "Zweite Zusammenfassung."]);
        Assert.Equal(["»So nicht«, sagt Scholz", "Zweiter Titel"], teasers.Select(t => t.Title));
    }

    [Theory]
    [InlineData('+')] // Lynx's nested list
    [InlineData('o')] // iconv's ASCII for "•"
    public void PlusAndOAreBulletsWhenTheFirstTitleOpensWithOne(char bullet)
    {
        var teasers = Teaser.ParseAll([$"  {bullet} Oil slips", "    Prices fell.", $"  {bullet} Bonds steady", $"    o dia terminou em alta."]);
        Assert.Equal(["Oil slips", "Bonds steady"], teasers.Select(t => t.Title));
    }

    [Fact]
    public void AWordOOpeningASummaryIsNoBullet()
    {
        // Portuguese "o" ("the"), Spanish and Italian "o" ("or") open lines of text.
        var teasers = Teaser.ParseAll(["  • Lula visita Tóquio", "", "    O presidente chega amanhã e", "    o encontro segue.", "", "  • Segundo título", "", "    o fim."]);
        Assert.Equal(["Lula visita Tóquio", "Segundo título"], teasers.Select(t => t.Title));
        Assert.Equal(["O presidente chega amanhã e o encontro segue.", "o fim."], teasers.Select(t => t.Summary));
        var unbulleted = Teaser.ParseAll(["Lula visita Tóquio", "o presidente chega amanhã.", "", "Segundo título", "o fim."]);
        Assert.Equal(["Lula visita Tóquio", "Segundo título"], unbulleted.Select(t => t.Title));
    }

    [Fact]
    public void NoLinesGiveNoTeasers() => Assert.Empty(Teaser.ParseAll(["", "  "]));

    [Fact]
    public void TitlesWithoutSummariesFollowEachOther()
    {
        var teasers = Teaser.ParseAll(["  • First title", "", "  • Second title", "", "    Second summary."]);
        Assert.Equal([new Teaser("First title", null, false), new Teaser("Second title", "Second summary.", false)], teasers);
    }

    [Fact]
    public void PlainBlocksPairTitleThenSummaryAndSpotMissingSummaries()
    {
        var teasers = Teaser.ParseAll(["First title", "", "First summary ends.", "", "Second title", "", "Third title", "", "Third summary."]);
        Assert.Equal(["First title", "Second title", "Third title"], teasers.Select(t => t.Title));
        Assert.Equal(["First summary ends.", null, "Third summary."], teasers.Select(t => t.Summary));
    }

    [Fact]
    public void HyphenInsideTitleIsNotABullet() =>
        Assert.Equal("Explainer-What is it?", Assert.Single(Teaser.ParseAll(["• Explainer-What is it?"])).Title);

    // Found by the fuzz run: a tab counts four columns of indentation but is one character, and the
    // bullet check sliced the line by the width ("  \t-" is 4 characters wide 6).
    [Fact]
    public void TabIndentedBulletsAreReadNotSlicedPast()
    {
        Assert.Equal("-", Assert.Single(Teaser.ParseAll(["  \t-"])).Title);
        var teasers = Teaser.ParseAll(["\t• First title", "\t\tFirst summary.", "\t• Second title"]);
        Assert.Equal([new Teaser("First title", "First summary.", false), new Teaser("Second title", null, false)], teasers);
    }
}
