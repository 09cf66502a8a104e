using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

public class ReadTimeTests
{
    [Theory]
    [InlineData("·1 min read", 1, "")]
    [InlineData("· 12 min read", 12, "")]
    [InlineData("5 mins read", 5, "")]
    [InlineData("Jane Doe · 4 min read", 4, "Jane Doe")]
    [InlineData("3 min. read", 3, "")]
    [InlineData("·3-minute read", 3, "")]
    [InlineData("Reading time: 6 minutes", 6, "")]
    [InlineData("Read time: 2 min", 2, "")]
    [InlineData("Jane Doe | 7 min read", 7, "Jane Doe")]
    [InlineData("· 1 min read ·", 1, "")] // a separator after it too, as a meta row writes it
    [InlineData(". 1 min read .", 1, "")] // the same, its dots transliterated to ASCII (iconv)
    [InlineData("⏱ 1 min read", 1, "")] // an icon before it, copied as a character
    [InlineData("🕒 4 min read", 4, "")]
    [InlineData("1 min to read", 1, "")]
    [InlineData("Estimated reading time: 3 minutes", 3, "")]
    [InlineData("Est. reading time 3 minutes", 3, "")]
    [InlineData("Reading time 6 min", 6, "")]
    [InlineData("Lesezeit: 4 Min.", 4, "")]
    [InlineData("Temps de lecture : 4 min", 4, "")]
    [InlineData("Tiempo de lectura: 4 min", 4, "")]
    public void ReadsTheReadTimeLine(string line, int minutes, string before)
    {
        Assert.True(ReadTime.TryParse(line, out var m, out var b));
        Assert.Equal(minutes, m);
        Assert.Equal(before, b.ToString());
    }

    [Theory]
    [InlineData("Read the 5 min read")]
    [InlineData("She said it was a good read")]
    [InlineData("Reading time matters to readers")]
    [InlineData("min read")]
    [InlineData("Reading time 6 minutes ago was enough")]
    [InlineData("Est. 1990")]
    [InlineData("Time to read")]
    [InlineData("It is a 5 min read.")]
    public void ProseIsNotAReadTime(string line) => Assert.False(ReadTime.TryParse(line, out _, out _));

    [Theory]
    [InlineData(0, 1)]      // never "0 min read"
    [InlineData(344, 1)]    // 1.496 minutes
    [InlineData(345, 2)]    // 1.5: halves round up
    [InlineData(2300, 10)]
    public void EstimateCountsWordsAt230AMinute(int words, int minutes)
    {
        // Words over two paragraphs, separated by any whitespace, as a body's are.
        string Words(int count) => string.Join(" \n\t", Enumerable.Repeat("word", count));
        Assert.Equal(minutes, ReadTime.Estimate([Words(words / 2), Words(words - words / 2)]));
    }
}
