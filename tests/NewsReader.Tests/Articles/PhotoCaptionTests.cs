using NewsReader.Web.Articles;

namespace NewsReader.Tests.Articles;

public class PhotoCaptionTests
{
    [Fact]
    public void AWireCaptionGivesItsLabelTextAndCredit() => Assert.Equal(
        new PhotoCaption("File photo", "NATO Secretary General Jens Stoltenberg speaks in Tokyo, Japan, January 31, 2023.", "REUTERS/Issei Kato/File Photo"),
        PhotoCaption.From("FILE PHOTO: NATO Secretary General Jens Stoltenberg speaks in Tokyo, Japan, January 31, 2023. REUTERS/Issei Kato/File Photo"));

    [Theory]
    [InlineData("NATO Secretary General Jens Stoltenberg speaks at Keio University in Tokyo")] // the seed's
    [InlineData("Traders work. Prices rose 3/4 of a point")]                                      // a slash in prose
    [InlineData("Smoke rises over the city. Officials said 2/3 of homes lost power.")]
    [InlineData("FILE PHOTO:")]
    public void OtherCaptionsStayAsWritten(string caption)
    {
        var parsed = PhotoCaption.From(caption);
        Assert.Equal("Photo", parsed.Label);
        Assert.Equal(caption, parsed.Text);
        Assert.Null(parsed.Credit);
    }

    [Fact]
    public void ACreditWithoutAFilePhotoLabel() => Assert.Equal(
        new PhotoCaption("Photo", "Sirens sounded over Kyiv.", "AFP/Sergei Supinsky"),
        PhotoCaption.From("Sirens sounded over Kyiv. AFP/Sergei Supinsky"));

    [Theory]
    [InlineData("Stoltenberg speaks in Tokyo on Tuesday. (AP Photo/Eugene Hoshiko)", "Stoltenberg speaks in Tokyo on Tuesday.", "AP Photo/Eugene Hoshiko")]
    [InlineData("Stoltenberg speaks in Tokyo (Photo: Kim Kyung-Hoon/Reuters)", "Stoltenberg speaks in Tokyo", "Photo: Kim Kyung-Hoon/Reuters")]
    [InlineData("Stoltenberg speaks in Tokyo. Kim Kyung-Hoon/Reuters", "Stoltenberg speaks in Tokyo.", "Kim Kyung-Hoon/Reuters")]
    [InlineData("Smoke rises over Kyiv. Sergei Supinsky/AFP via Getty Images", "Smoke rises over Kyiv.", "Sergei Supinsky/AFP via Getty Images")]
    [InlineData("Stoltenberg speaks in Tokyo REUTERS/Issei Kato", "Stoltenberg speaks in Tokyo", "REUTERS/Issei Kato")] // the credit's own line, joined
    public void OtherAgenciesCreditsAreSetApart(string caption, string text, string credit) =>
        Assert.Equal(new PhotoCaption("Photo", text, credit), PhotoCaption.From(caption));

    [Theory]
    [InlineData("Voters queue in Lagos (left/right)")]
    [InlineData("The exchange rate (dollar/yen) rose")]
    [InlineData("Officials met. Talks on trade/security resumed")]
    [InlineData("Voters answer the AFP/Reuters poll")]
    [InlineData("Voters answer the AFP/Reuters Poll Of Polls in Paris")]
    public void ASlashInsideTheCaptionIsNoCredit(string caption) => Assert.Null(PhotoCaption.From(caption).Credit);

    [Theory]
    [InlineData("A worker walks past a TSMC plant in Tainan, Taiwan, May 5, 2024. REUTERS/Ann Wang", true)]
    [InlineData("Firefighters battle a blaze near Los Angeles on Tuesday. (AP Photo/Jae C. Hong)", true)]
    [InlineData("Shares rose 2%, the exchange said, citing AFP/Reuters data.", false)]
    [InlineData("The vote was 52/48, officials said.", false)]
    [InlineData("Stocks rose on Thursday after the central bank held rates.", false)]
    public void APhotosCaptionAmongTheParagraphsClosesWithItsCredit(string paragraph, bool caption) =>
        Assert.Equal(caption, PhotoCaption.IsCaption(paragraph));

    [Theory]
    [InlineData("A blaze near Los Angeles, May 5, 2024. (AP Photo/Jae C. Hong)", "AP Photo/Jae C. Hong")]
    [InlineData("A blaze near Los Angeles, May 5, 2024. REUTERS/Jae C. Hong", "REUTERS/Jae C. Hong")]
    public void APhotographersInitialIsPartOfTheCredit(string caption, string credit)
    {
        var read = PhotoCaption.From(caption);
        Assert.Equal(credit, read.Credit);
        Assert.Equal("A blaze near Los Angeles, May 5, 2024.", read.Text);
    }

    [Fact]
    public void TheNewYorkTimessCreditGluedToItsCaptionIsSetApart() => Assert.Equal(
        new PhotoCaption("Photo", "A shopping street in Tokyo. Consumers have cut back as prices rise.", "Kiyoshi Ota for The New York Times"),
        PhotoCaption.From("A shopping street in Tokyo. Consumers have cut back as prices rise.Credit...Kiyoshi Ota for The New York Times"));
}
