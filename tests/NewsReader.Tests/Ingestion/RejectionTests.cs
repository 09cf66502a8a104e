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
        Assert.Equal("not text: NUL byte at offset 5", Samples.RejectBytes([.. "Title"u8, 0, .. "\n\nBody."u8]));

    [Fact]
    public void ANulAfterANoBreakSpaceIsStillFound() =>
        // The no-break space's last byte (A0) is one the decoder stops at first; the NUL must still be seen.
        Assert.Equal("not text: NUL byte at offset 8", Samples.RejectBytes([.. "Title\u00a0x"u8, 0, .. "\n\nBody."u8]));

    [Fact]
    public void BrokenUtf8IsNotText() =>
        // "Café" is UTF-8, so the bad byte after it is damage, not another encoding.
        Assert.Equal("not UTF-8 text: invalid byte sequence at offset 6", Samples.RejectBytes([.. "Café "u8, 0xC3, 0x28, .. "\n\nBody."u8]));

    [Fact]
    public void BinaryWithoutNulIsNotText() =>
        Assert.Equal("not text: control character at offset 2", Samples.RejectBytes([0x89, 0x50, 0x1B, 0xFF, .. "\n\nBody."u8]));

    [Theory]
    [InlineData(new byte[] { 0x54, 0, 0, 0, 0x69, 0, 0, 0, 0x0A, 0, 0, 0, 0x42, 0, 0, 0 })] // UTF-32: NULs in both bytes of a pair
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x01, 0 })] // a PNG's header
    public void NulsThatDoNotMarkUtf16AreNotText(byte[] bytes) =>
        Assert.StartsWith("not text: NUL byte at offset", Samples.RejectBytes(bytes));

    [Fact]
    public void BrokenUtf16IsNotText() =>
        Assert.StartsWith("not UTF-16 text", Samples.RejectBytes([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Title\n\nBody."), 0x41]));

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
