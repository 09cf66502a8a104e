using NewsReader.Web.Articles;

namespace NewsReader.Tests.Articles;

/// <summary>One list of wire kickers, read two ways: set for reading, and ignored when titles are matched.</summary>
public class WireKickerTests
{
    [Theory]
    [InlineData("Explainer-What is driving the violence in eastern Congo?", "Explainer: What is driving the violence in eastern Congo?")]
    [InlineData("UPDATE 2-NATO chief urges Seoul", "NATO chief urges Seoul")]
    [InlineData("WRAPUP 1-Ukraine braces for new offensive", "Ukraine braces for new offensive")]
    [InlineData("FOCUS-Japan's chipmakers bet on Kyushu", "Focus: Japan's chipmakers bet on Kyushu")]
    [InlineData("Fact Check-Video does not show Davos", "Fact check: Video does not show Davos")]
    [InlineData("Analysis-paralysis grips the board", "Analysis-paralysis grips the board")]
    [InlineData("Opinion | Why the yen keeps falling", "Opinion: Why the yen keeps falling")]   // a page title's section
    [InlineData("Analysis | Fed holds rates", "Analysis: Fed holds rates")]
    [InlineData("Markets | Stocks rise", "Markets | Stocks rise")]                             // no kicker
    [InlineData("Opinion | why not", "Opinion | why not")]
    [InlineData("Wrapup-style coverage", "Wrapup-style coverage")]
    public void SetShowsAKickerAsAReaderExpectsAndDropsVersionMarkers(string title, string expected) =>
        Assert.Equal(expected, WireKicker.Set(title));

    [Theory]
    [InlineData("UPDATE 2-NATO chief urges Seoul", "NATO chief urges Seoul")]
    [InlineData("RPT-UPDATE 1-NATO chief urges Seoul", "NATO chief urges Seoul")]
    [InlineData("Explainer: What is driving the violence?", "What is driving the violence?")]
    [InlineData("FACTBOX - Who is who in the talks", "Who is who in the talks")]
    [InlineData("Instant View-Fed holds rates", "Fed holds rates")]
    [InlineData("WRAPUP 3-Ukraine braces for new offensive", "Ukraine braces for new offensive")]
    [InlineData("Update 2 NATO chief urges Seoul", "NATO chief urges Seoul")]
    [InlineData("Opinion | Why the yen keeps falling", "Why the yen keeps falling")]
    public void StripRemovesLeadingKickersHoweverTheyAreJoined(string title, string expected) =>
        Assert.Equal(expected, WireKicker.Strip(title));

    [Theory]
    [InlineData("Updates from the summit")]
    [InlineData("Exclusively online: the summit")]
    [InlineData("A focus on Kyushu")]
    [InlineData("Timeline")]
    public void StripLeavesTitlesThatOnlyLookLikeKickers(string title) => Assert.Same(title, WireKicker.Strip(title));
}
