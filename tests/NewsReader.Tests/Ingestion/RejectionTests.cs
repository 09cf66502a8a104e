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

    [Theory]
    // An uncompressed PDF is all ASCII: without its name it would read as an article headed "%PDF-1.4".
    [InlineData("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document; turn it into text (pdftotext) to read it")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml",
        "a ZIP archive, as a Word (.docx), OpenDocument (.odt) or EPUB file is; save the article as text to read it")]
    [InlineData("\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1\u0000\u0000", "an older Microsoft Office document (.doc); save the article as text to read it")]
    [InlineData("\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", "a PNG image")]
    [InlineData("\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF", "a JPEG image")]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000", "a GIF image")]
    [InlineData("bplist00\u00d4\u0001\u0002", "a property list, as Safari's web archive (.webarchive) is; save the page as HTML or as text to read it")]
    [InlineData("\u001f\u008b\u0008\u0000", "a gzip-compressed file; uncompress it to read it")]
    public void ADocumentOfAnotherKindIsNamedInItsRejection(string opening, string what) =>
        // Each character stands for one byte (Latin-1), as the file opens.
        Assert.Equal("not text: " + what, Samples.RejectBytes(Encoding.Latin1.GetBytes(opening)));

    [Fact]
    public void BrokenUtf8IsNotText() =>
        // "Café" is UTF-8, so the bad byte after it is damage, not another encoding.
        Assert.Equal("not UTF-8 text: invalid byte sequence at offset 6", Samples.RejectBytes([.. "Café "u8, 0xC3, 0x28, .. "\n\nBody."u8]));

    [Fact]
    public void BinaryWithoutNulIsNotText() =>
        Assert.Equal("not text: control character at offset 2", Samples.RejectBytes([0x89, 0x50, 0x1B, 0xFF, .. "\n\nBody."u8]));

    [Theory]
    [InlineData(new byte[] { 0x54, 0, 0, 0, 0x69, 0, 0, 0, 0x0A, 0, 0, 0, 0x42, 0, 0, 0 })] // UTF-32: NULs in both bytes of a pair
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 })] // a program's header (ELF)
    // Line breaks in one order, as UTF-16 in other scripts has them, but a control character read in it.
    [InlineData(new byte[] { 0x0A, 0, 0x0A, 0, 0x01, 0, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A })]
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
