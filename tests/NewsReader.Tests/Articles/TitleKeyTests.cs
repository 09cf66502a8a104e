using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using NewsReader.Web.Articles;

namespace NewsReader.Tests.Articles;

public class TitleKeyTests
{
    [Theory]
    [InlineData("Explainer-What is driving the violence in eastern Congo?", "explainer what is driving the violence in eastern congo")]
    [InlineData("Explainer: What is driving the violence in eastern Congo?", "explainer what is driving the violence in eastern congo")]
    [InlineData("Turkey frustrates Finland’s and Sweden's NATO bids", "turkey frustrates finlands and swedens nato bids")]
    [InlineData("  Café — Zürich’s “best” crème brûlée!  ", "cafe zurichs best creme brulee")]
    [InlineData("Москва: «новости» дня", "москва новости дня")]
    [InlineData("US$2.3 bln…", "us 2 3 bln")]
    [InlineData("", "")]
    [InlineData("?!—", "")]
    public void KeepsWordsLowercasedAndDropsTheRest(string title, string key) => Assert.Equal(key, TitleKey.Of(title));

    [Fact]
    public void LongTitlesAreKeyedWhole()
    {
        var title = string.Concat(Enumerable.Repeat("Word, ", 200));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("word", 200)), TitleKey.Of(title));
    }

    // The rule written the plain way, character by character: the fast version must agree on any text.
    static string Reference(string title)
    {
        var sb = new StringBuilder();
        var space = false;
        foreach (var c in TitleKey.Fold(title))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else space = true;
        }
        return sb.ToString();
    }

    [Property(MaxTest = 500)]
    public bool AgreesWithThePlainRule(string? title, byte[]? picks)
    {
        // Random text plus the characters the rule treats specially: accents, quotes, dashes, combining marks.
        const string special = "é’‘'—-–  .,ÀẞßİıŉǅÅ\u0301\u0308Ωω٣";
        var text = (title ?? "") + new string((picks ?? []).Select(p => special[p % special.Length]).ToArray());
        return TitleKey.Of(text) == Reference(text);
    }
}
