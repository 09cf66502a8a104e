using NewsReader.Web.Articles;

namespace NewsReader.Tests.Articles;

public class CreditTests
{
    [Theory]
    [InlineData("Reporting by Sakura Murakami. Editing by Gerry Doyle", "Reporting=Sakura Murakami|Editing=Gerry Doyle")]
    [InlineData("Writing by Jane Doe; Editing by Ann Poe", "Writing=Jane Doe|Editing=Ann Poe")]
    [InlineData("Reporting by A. B. Smith and Li Wei; Additional reporting by C. Jones; Editing by D. Lee", "Reporting=A. B. Smith and Li Wei|Additional reporting=C. Jones|Editing=D. Lee")]
    [InlineData("Compiled by the Paris newsroom", "Compiled=the Paris newsroom")]
    [InlineData("Staff report", "=Staff report")]
    // A capture that broke the line between roles and lost the separator with it.
    [InlineData("Reporting by Sakura Murakami Editing by Gerry Doyle", "Reporting=Sakura Murakami|Editing=Gerry Doyle")]
    [InlineData("Reporting by Jane Doe Additional reporting by Li Wei Writing by Ann Poe", "Reporting=Jane Doe|Additional reporting=Li Wei|Writing=Ann Poe")]
    [InlineData("Reporting by Jane Doe in Tokyo by phone", "Reporting=Jane Doe in Tokyo by phone")]
    public void CreditsSplitIntoRoles(string credits, string expected) =>
        Assert.Equal(expected, string.Join('|', Credit.ParseAll(credits).Select(c => $"{c.Role}={c.Names}")));

    [Fact]
    public void NoCreditsGiveNoRoles() => Assert.Empty(Credit.ParseAll(null));
}
