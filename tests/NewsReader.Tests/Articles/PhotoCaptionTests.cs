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
}
