using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

public class PublishedDateTests
{
    [Theory]
    [InlineData("Tue, January 31, 2023 at 9:42 PM", "2023-01-31")]
    [InlineData("Tue, January 31, 2023 at 9:42 PM PST", "2023-01-31")]
    [InlineData("Updated Wed, Feb 1, 2023, 3:04 AM GMT+9", "2023-02-01")]
    [InlineData("Published: Sept. 3, 2024 9:42PM", "2024-09-03")]
    [InlineData("31 January 2023", "2023-01-31")]
    [InlineData("2023-01-31", "2023-01-31")]
    [InlineData("2023-01-31T21:42:00Z", "2023-01-31")]
    [InlineData("May 9, 2022 · 10:15 UTC", "2022-05-09")]
    [InlineData("February 1, 2023 2:04 AM GMT+9Updated a year ago", "2023-02-01")]
    [InlineData("February 1, 20232:04 AM GMT+9Updated 2 years ago", "2023-02-01")]
    [InlineData("Published Feb 1, 2023 Updated Feb 2, 2023", "2023-02-01")]
    [InlineData("FEBRUARY 1, 2023 / 2:04 AM / UPDATED 2 YEARS AGO", "2023-02-01")] // Reuters.com before 2021
    [InlineData("Last updated: 1 Feb 2023", "2023-02-01")]
    [InlineData("Published On 1 Feb 2023", "2023-02-01")]
    [InlineData("02/01/2023", "2023-02-01")]                                      // month first, as US sites write it
    [InlineData("25/01/2023 09:42", "2023-01-25")]                                // unless the first number is no month
    [InlineData("01.02.2023", "2023-02-01")]                                      // day first, as European sites write it
    [InlineData("Feb. 1, 2023 2:04 AM ET", "2023-02-01")]                         // AP: a US zone in two letters
    [InlineData("Updated 9:42 AM PT, January 31, 2023", "2023-01-31")]
    [InlineData("Wednesday 1 February 2023 02.04 GMT", "2023-02-01")]             // The Guardian: a time with a dot
    [InlineData("1 Feb 2023 14.30 CET", "2023-02-01")]
    public void ReadsTheDateOfADateLine(string line, string expected)
    {
        Assert.True(PublishedDate.TryParse(line, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("Sakura Murakami")]
    [InlineData("NATO Secretary General Jens Stoltenberg speaks at Keio University in Tokyo")]
    [InlineData("Protesters march in Paris on January 31, 2023")] // a caption that mentions a date
    [InlineData("January 2023")]                                    // no day
    [InlineData("February 30, 2023")]                               // no such day
    [InlineData("By Jane Doe")]
    [InlineData("·1 min read")]
    [InlineData("12 34 5678")]                                      // no month
    [InlineData("February 1, 2023 Updated the figures")]            // an update that is no time
    [InlineData("20232:04")]                                        // a year glued to a time, no day or month
    [InlineData("13/13/2023")]                                      // no such month either way
    [InlineData("2/30/2023")]                                       // no such day
    [InlineData("February 1, 2023 rose 2.5 points")]                // a figure with a point is no time
    public void OtherHeaderLinesAreNotDates(string line) => Assert.False(PublishedDate.TryParse(line, out _));

    [Theory]
    [InlineData("2 hours ago", true)]
    [InlineData("Updated 3 hours ago", true)]
    [InlineData("Published: 45 mins ago", true)]
    [InlineData("an hour ago", true)]
    [InlineData("3h ago", true)]
    [InlineData("Posted 2d ago", true)]
    [InlineData("Updated a year ago", true)]
    [InlineData("3 months ago", true)]
    [InlineData("Yesterday", true)]
    [InlineData("Just now", true)]
    [InlineData("Yesterday, the talks ended", false)]
    [InlineData("Two years ago", false)]
    [InlineData("Long ago", false)]
    [InlineData("The war began 2 days ago", false)]
    [InlineData("2 hours", false)]
    public void RelativeTimesAreRecognised(string line, bool relative) => Assert.Equal(relative, PublishedDate.IsRelative(line));

    [Theory]
    [InlineData("2:04 AM GMT+9", true)]
    [InlineData("9:42 PM PST", true)]
    [InlineData("21:42", true)]
    [InlineData("GMT+9", false)]                                    // a zone with no time
    [InlineData("At 9:42 the sirens began", false)]
    [InlineData("Sakura Murakami", false)]
    public void ATimeLineIsRecognised(string line, bool time) => Assert.Equal(time, PublishedDate.IsTimeOnly(line));
}
