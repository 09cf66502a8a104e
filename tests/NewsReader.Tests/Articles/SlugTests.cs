using NewsReader.Web.Articles;

namespace NewsReader.Tests.Articles;

public class SlugTests
{
    [Theory]
    [InlineData("NATO chief stresses importance of Indo-Pacific partners amid security tensions", "nato-chief-stresses-importance-of-indo-pacific-partners-amid-security-tensions")]
    [InlineData("Turkey frustrates Finland’s and Sweden’s NATO bids", "turkey-frustrates-finlands-and-swedens-nato-bids")]
    [InlineData("US Air Force awards Boeing $2.3B contract", "us-air-force-awards-boeing-2-3b-contract")]
    [InlineData("Zürich café reopens", "zurich-cafe-reopens")]
    [InlineData("  --Hello,   World!-- ", "hello-world")]
    // Letters without a base letter to fold to, Greek and Cyrillic are romanised (AnyAscii); symbols are not.
    [InlineData("Straße in Łódź: Ærø and Øresund", "strasse-in-lodz-aero-and-oresund")]
    [InlineData("Глава НАТО подчеркнул важность партнеров", "glava-nato-podcherknul-vazhnost-partnerov")]
    [InlineData("Αθήνα: νέα μέτρα", "athina-nea-metra")]
    [InlineData("£5bn deal for 20°C", "5bn-deal-for-20-c")]
    [InlineData("NATO 東京", "nato")]
    public void HeadlinesBecomeLowercaseHyphenatedAscii(string headline, string slug) =>
        Assert.Equal(slug, Slug.From(headline));

    [Fact]
    public void NonLatinHeadlineGetsAStableUsableSlug()
    {
        var slug = Slug.From("東京で会議");
        Assert.Matches("^article-[0-9a-f]{10}$", slug);
        Assert.Equal(slug, Slug.From("東京で会議"));
        Assert.NotEqual(slug, Slug.From("大阪で会議"));
    }

    [Fact]
    public void LongHeadlinesAreCappedWithoutATrailingHyphen()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("word", 40)));
        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("nato-chief", true)]
    [InlineData("NATO", false)]
    [InlineData("..%2f", false)]
    [InlineData("a b", false)]
    [InlineData("", false)]
    public void WellFormedSlugsAreLowercaseAsciiOnly(string value, bool ok) => Assert.Equal(ok, Slug.IsWellFormed(value));
}
