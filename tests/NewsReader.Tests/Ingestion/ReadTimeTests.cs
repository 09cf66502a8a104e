using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

public class ReadTimeTests
{
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
