using NewsReader.Web.Articles;

namespace NewsReader.Tests.Articles;

public class DatelineTests
{
    [Theory]
    [InlineData("TOKYO (Reuters) - NATO chief said.", "TOKYO", "Reuters")]
    [InlineData("LONDON (AFP) — Markets fell.", "LONDON", "AFP")]
    [InlineData("WASHINGTON (AP) – The Senate voted.", "WASHINGTON", "AP")]
    [InlineData("KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine", "AP")]
    [InlineData("TOKYO (Reuters) -NATO chief Jens Stoltenberg", "TOKYO", "Reuters")]
    [InlineData("NEW YORK (Reuters) — Shares rose.", "NEW YORK", "Reuters")]
    [InlineData("ST. PETERSBURG, Fla. (AP) — Rain.", "ST. PETERSBURG, Fla.", "AP")]
    [InlineData("WINSTON-SALEM, N.C. (AP) - A fire.", "WINSTON-SALEM, N.C.", "AP")]
    [InlineData("Tokyo (Reuters) - Mixed-case city with an agency.", "Tokyo", "Reuters")]
    [InlineData("BERLIN—The coalition agreed.", "BERLIN", null)]
    [InlineData("  SEOUL ( Yonhap ) — Padded inside and out.", "SEOUL", "Yonhap")]
    [InlineData("LONDON/PARIS (Reuters) - Reported from two cities.", "LONDON/PARIS", "Reuters")]
    [InlineData("Tokyo CNN — NATO's chief urged Japan to do more.", "Tokyo", "CNN")]         // CNN's own form
    [InlineData("Hong Kong CNN — Shares fell.", "Hong Kong", "CNN")]
    public void ReadsPlaceAndAgency(string paragraph, string place, string? agency)
    {
        Assert.Equal(new Dateline(place, agency), Dateline.TryParse(paragraph));
        Assert.True(Dateline.StartsWithDateline(paragraph));
    }

    [Theory]
    [InlineData("TOKYO, March 20 (Reuters) - NATO chief said.", "TOKYO", "March 20")]
    [InlineData("WASHINGTON, Jan 5 (Reuters) - The Senate voted.", "WASHINGTON", "Jan 5")]
    [InlineData("LONDON, Sept. 3 (Reuters) - Markets fell.", "LONDON", "Sept. 3")]
    [InlineData("PARIS, 14 July (AFP) — The parade began.", "PARIS", "14 July")]
    [InlineData("KYIV, Ukraine, Feb. 24 (AP) — Sirens sounded.", "KYIV, Ukraine", "Feb. 24")]
    [InlineData("BEIJING, Oct 1, 2024 (Reuters) - A holiday.", "BEIJING", "Oct 1, 2024")]
    [InlineData("SEOUL, May 9 - Without an agency.", "SEOUL", "May 9")]
    [InlineData("BRUSSELS/KYIV, Feb 24 (Reuters) - Two cities and a date.", "BRUSSELS/KYIV", "Feb 24")]
    public void ReadsTheDateWireServicesPutAfterThePlace(string paragraph, string place, string date)
    {
        var dateline = Dateline.TryParse(paragraph);
        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(date, dateline.Date);
        Assert.True(Dateline.StartsWithDateline(paragraph));
        Assert.DoesNotContain(date, paragraph[Dateline.PrefixLength(paragraph)..]);
    }

    [Theory]
    [InlineData("TOKYO, 20 (Reuters) - A day with no month.")]
    [InlineData("TOKYO, March 45 (Reuters) - No such day.")]
    [InlineData("TOKYO, March 20, Japan (Reuters) - A region after the date.")]
    public void ADateMustReadAsOne(string paragraph) => Assert.Null(Dateline.TryParse(paragraph)?.Date);

    [Theory]
    [InlineData("(Reuters) - Oil prices rose on Monday.", "Reuters", 12)]
    [InlineData("(CNN) — The Senate voted.", "CNN", 8)]
    [InlineData("(AP) -Markets fell.", "AP", 6)]
    [InlineData("CNN — The Senate voted.", "CNN", 6)]
    public void AWireServiceAloneIsADatelineWithoutAPlace(string paragraph, string agency, int prefix)
    {
        Assert.Equal(new Dateline(null, agency), Dateline.TryParse(paragraph));
        Assert.Equal(prefix, Dateline.PrefixLength(paragraph));
    }

    [Theory]
    [InlineData("(Updated) - Oil prices rose.")]
    [InlineData("(Photo) — Delegates arrive.")]
    [InlineData("(L-R) Jens Stoltenberg and Fumio Kishida - leaders.")]
    public void BracketsAloneThatNameNoWireServiceAreNoDateline(string paragraph) => Assert.Null(Dateline.TryParse(paragraph));

    [Fact]
    public void DatelineWithoutAgencyHasNullAgency() =>
        Assert.Equal(new Dateline("PARIS", null), Dateline.TryParse("PARIS - The museum reopened."));

    [Theory]
    [InlineData("Stoltenberg - who spoke in Tokyo - said more.")]
    [InlineData("Indo-Pacific partners matter, he said.")]
    [InlineData("\"We are ready - now,\" he said.")]
    [InlineData("The war (in Ukraine) - he said - matters.")]
    [InlineData("Fans of CNN — and there are many — tuned in.")]
    [InlineData("A quiet day.")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("() - nothing")]
    public void ProseHasNoDateline(string paragraph)
    {
        Assert.Null(Dateline.TryParse(paragraph));
        Assert.False(Dateline.StartsWithDateline(paragraph));
    }

    [Theory]
    [InlineData("TOKYO (Reuters) - NATO", 18)]
    [InlineData("PARIS - The", 8)]
    [InlineData("No dateline here.", 0)]
    public void PrefixLengthCoversHeadAndSeparator(string paragraph, int length) =>
        Assert.Equal(length, Dateline.PrefixLength(paragraph));

    [Theory]
    [InlineData("TOKYO", "Tokyo")]
    [InlineData("NEW YORK", "New York")]
    [InlineData("KYIV, Ukraine", "Kyiv, Ukraine")]
    [InlineData("ST. PETERSBURG, Fla.", "St. Petersburg, Fla.")]
    [InlineData("WINSTON-SALEM, N.C.", "Winston-Salem, N.C.")]
    [InlineData("WASHINGTON, D.C.", "Washington, D.C.")]
    [InlineData("DUBAI, UAE", "Dubai, UAE")]
    [InlineData("LONDON/PARIS", "London/Paris")]
    [InlineData("RIO DE JANEIRO", "Rio de Janeiro")]
    [InlineData("DAR ES SALAAM", "Dar es Salaam")]
    [InlineData("PORT-AU-PRINCE", "Port-au-Prince")]
    [InlineData("LA PAZ", "La Paz")]                 // a particle that opens the name keeps its capital
    [InlineData("DES MOINES, Iowa", "Des Moines, Iowa")]
    [InlineData("N'DJAMENA", "N'Djamena")]
    [InlineData("SÃO PAULO", "São Paulo")]
    [InlineData("Tokyo", "Tokyo")]                   // written by the capture: kept
    [InlineData("Rio De Janeiro", "Rio De Janeiro")]
    public void PlacesInCapitalsAreNamedAsReadersWriteThem(string place, string expected) =>
        Assert.Equal(expected, Dateline.PlaceName(place));
}
