using System.IO.Compression;
using System.Text;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>Word documents (.docx) read as the text a reader sees: <see cref="WordDocument"/>.</summary>
public class WordDocumentTests
{
    const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    static string Body(string paragraphs) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{paragraphs}</w:body></w:document>""";

    // A list of bullets (1) and one whose mark is a space, as Pandoc sets a list item's second paragraph (2).
    const string Numbering =
        $"""<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>""" +
        """<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=" "/></w:lvl></w:abstractNum>""" +
        """<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="20"/>""" +
        """<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="x"/></w:lvl></w:lvlOverride></w:num></w:numbering>""";

    static byte[] Docx(string document, string? numbering = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in new[] { ("word/document.xml", document), ("word/numbering.xml", numbering) })
            {
                if (content is null) continue;
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    static string Text(string paragraphs, string? numbering = Numbering)
    {
        var marks = numbering is null ? [] : WordDocument.ListMarks(new MemoryStream(Encoding.UTF8.GetBytes(numbering)));
        return WordDocument.ToText(new MemoryStream(Encoding.UTF8.GetBytes(Body(paragraphs))), marks);
    }

    [Fact]
    public void ParagraphsAreSetApartAndListItemsKeepTheirMarks()
    {
        Assert.Equal("Markets rally\n\n• Oil slips\nPrices fell.\n• Bonds steady\nLONDON (AFP) - Stocks\trose.\nAgain.\n\n", Text(
            "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Markets </w:t></w:r><w:r><w:t>rally</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Oil slips</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t>Prices fell.</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"7\"/></w:numPr></w:pPr><w:r><w:t>Bonds steady</w:t></w:r></w:p>" +
            "<w:p><w:r><w:t>LONDON (AFP) - Stocks</w:t><w:tab/><w:t>rose.</w:t><w:br/><w:t>Again.</w:t></w:r></w:p>"));
    }

    [Fact]
    public void DeletedTextFieldInstructionsAndNumberingRemovedAreLeftOut()
    {
        // A tracked deletion, a link's field code, and list 0, which takes a paragraph out of its style's list.
        Assert.Equal("Kept link text\n\nNo mark\n\n", Text(
            "<w:p><w:r><w:t>Kept </w:t></w:r><w:del><w:r><w:delText>gone </w:delText></w:r></w:del>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> HYPERLINK \"https://x\" </w:instrText></w:r>" +
            "<w:r><w:t>link text</w:t></w:r></w:p>" +
            "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>No mark</w:t></w:r></w:p>"));
    }

    [Fact]
    public void ADocumentWithoutListsBulletsEveryListItem() =>
        Assert.Equal("• Item\n", Text("<w:p><w:pPr><w:numPr><w:numId w:val=\"3\"/></w:numPr></w:pPr><w:r><w:t>Item</w:t></w:r></w:p>", numbering: null));

    [Theory]
    [InlineData("PK\u0003\u0004 not really an archive", "the Word document (.docx) could not be read")]
    public void ABrokenArchiveIsRejectedSayingSo(string bytes, string reason) =>
        Assert.StartsWith(reason, WordDocument.Parse(Encoding.Latin1.GetBytes(bytes)).Reason);

    [Fact]
    public void AnArchiveWithoutADocumentIsRejectedByWhatItIs()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            using (var writer = new StreamWriter(zip.CreateEntry("content.xml").Open())) writer.Write("<office:document-content/>");
        Assert.StartsWith("not text: a ZIP archive without a Word document or an OpenDocument text in it", WordDocument.Parse(stream.ToArray()).Reason);
    }

    [Fact]
    public void ADocumentWithoutTextOrWithADtdIsRejected()
    {
        Assert.Equal("the Word document (.docx) holds no text", WordDocument.Parse(Docx(Body("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>"))).Reason);
        // Entities the document defines for itself are refused (a "billion laughs" would expand without end).
        var withDtd = """<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaa">]>""" + Body("<w:p><w:r><w:t>&a;</w:t></w:r></w:p>")[38..];
        Assert.StartsWith("the Word document (.docx) could not be read", WordDocument.Parse(Docx(withDtd)).Reason);
    }

    [Fact]
    public void ADocumentThatUnpacksIntoTooMuchIsRejectedUnread()
    {
        // 17 MB of spaces compress into a few kilobytes: a small file must not unpack into any size at all.
        var huge = Docx(Body("<w:p><w:r><w:t>" + new string(' ', 17 * 1024 * 1024) + "</w:t></w:r></w:p>"));
        Assert.True(huge.Length < 100_000);
        Assert.Matches(@"^the Word document \(\.docx\) holds [\d,]+ bytes of text and markup once uncompressed, over 16,777,216$",
            WordDocument.Parse(huge).Reason);
    }

    [Fact]
    public void ZipArchivesAreKnownByHowTheyOpen()
    {
        Assert.True(WordDocument.IsZipArchive(Docx(Body(""))));
        Assert.False(WordDocument.IsZipArchive("PK is a text"u8));
    }
}
