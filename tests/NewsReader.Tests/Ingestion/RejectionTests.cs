using System.Text;

namespace NewsReader.Tests.Ingestion;

public class RejectionTests
{
    [Fact]
    public void EmptyFileIsRejected() => Assert.Contains("empty", Samples.RejectBytes([]));

    [Fact]
    public void WhitespaceOnlyFileIsRejected() => Assert.Contains("only whitespace", Samples.Reject(" \r\n\t\n   \n"));

    [Fact]
    public void ByteOrderMarkAloneIsRejectedAsEmpty() => Assert.Contains("empty", Samples.RejectBytes([0xEF, 0xBB, 0xBF]));

    [Fact]
    public void NulBytesAreNotText() =>
        Assert.Equal("not UTF-8 text: NUL byte at offset 5", Samples.RejectBytes([.. "Title"u8, 0, .. "\n\nBody."u8]));

    [Fact]
    public void InvalidUtf8IsNotText() =>
        Assert.Equal("not UTF-8 text: invalid byte sequence at offset 3", Samples.RejectBytes([.. "Caf"u8, 0xC3, 0x28, .. "\n\nBody."u8]));

    [Fact]
    public void Latin1TextIsNotUtf8() =>
        Assert.StartsWith("not UTF-8 text", Samples.RejectBytes(Encoding.Latin1.GetBytes("Café crème\n\nLe café est fermé.")));

    [Fact]
    public void HeadlineAloneHasNoBody() =>
        Assert.Equal("the file has a headline but no body paragraphs", Samples.Reject("Just a headline\n"));

    [Fact]
    public void HeaderWithoutBodyHasNoBody() =>
        Assert.Contains("no body", Samples.Reject("Headline\n\nCaption of a photo\nJane Doe\n·2 min read\n\nBy Jane Doe\n"));

    [Fact]
    public void TeasersWithoutBodyHaveNoBody() =>
        Assert.Contains("no body", Samples.Reject("Headline\n\nRecommended Stories\n\n  • A teaser\n\n    Its summary."));

    [Fact]
    public void CreditsAloneAreNoBody() =>
        Assert.Contains("no body", Samples.Reject("Headline\n\n(Reporting by Jane Doe; Editing by Ann Poe)\n"));
}
