using System.IO.Compression;
using System.Text;
using System.Xml;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// A capture saved by a word processor as a Word document (<c>.docx</c>: Word, LibreOffice, Google Docs,
/// Pandoc): a ZIP archive whose <c>word/document.xml</c> holds the text. Its paragraphs are read in order,
/// a list item with a bullet, and then as a text capture; styles, headers, footers, comments, deleted text
/// and fields' instructions are left out. .NET reads the archive and the XML; the little that is Word's own
/// (a paragraph is <c>w:p</c>, its text <c>w:t</c>, a tab <c>w:tab</c>, a line break <c>w:br</c>, a list item's
/// mark <c>w:numPr</c>) is read here. An archive that is an OpenDocument text instead goes to
/// <see cref="OpenDocument"/>.
/// </summary>
public static class WordDocument
{
    const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // What the document's text may come to once uncompressed: a capture is kilobytes, and a small archive
    // must not unpack into gigabytes.
    internal const long MaxXmlBytes = 16L * 1024 * 1024;

    /// <summary>By how it opens: every ZIP archive starts "PK\x03\x04" (whether it holds a Word document is
    /// found on reading it).</summary>
    public static bool IsZipArchive(ReadOnlySpan<byte> bytes) => bytes.StartsWith(ZipOpening);

    internal static ReadOnlySpan<byte> ZipOpening => "PK\u0003\u0004"u8;

    public static ParseResult Parse(ReadOnlySpan<byte> bytes, ParseLimits? limits = null, TextPool? texts = null)
    {
        string text;
        try
        {
            using var archive = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            if (archive.GetEntry("word/document.xml") is not { } entry)
                return OpenDocument.IsText(archive)
                    ? OpenDocument.Parse(archive, limits, texts)
                    : ParseResult.Rejected(
                        "not text: a ZIP archive without a Word document or an OpenDocument text in it (an EPUB book is one); save the article as text to read it");
            if (entry.Length > MaxXmlBytes)
                return ParseResult.Rejected($"the Word document (.docx) holds {entry.Length:N0} bytes of text and markup once uncompressed, over {MaxXmlBytes:N0}");
            var marks = archive.GetEntry("word/numbering.xml") is { } numbering && numbering.Length <= MaxXmlBytes
                ? ListMarks(numbering.Open()) : [];
            using var xml = entry.Open();
            text = ToText(xml, marks);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or NotSupportedException)
        {
            return ParseResult.Rejected($"the Word document (.docx) could not be read: {e.Message}");
        }
        return ArticleParser.ParseText(text, limits, texts, "the Word document (.docx)");
    }

    /// <summary>
    /// The text of <c>word/document.xml</c>: a paragraph a line, a blank line after each but between the items
    /// of a list (a word processor sets paragraphs apart with space, list items close together), each item
    /// opening with its list's mark: "• " for a bullet or a number, nothing where the list sets none (the
    /// rest of an item, as Pandoc writes a teaser's summary under its title). <paramref name="marks"/> are the
    /// lists' marks by list and level (<see cref="ListMarks"/>); a list not among them is bulleted.
    /// </summary>
    internal static string ToText(Stream xml, IReadOnlyDictionary<(string List, string Level), bool> marks)
    {
        using var reader = XmlReader.Create(xml, Settings);
        var text = new StringBuilder();
        var inText = false; // inside a w:t, whose characters are the document's text
        var listItem = false;
        string list = "", level = "0";
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.NamespaceURI == Main:
                    switch (reader.LocalName)
                    {
                        case "p":
                            listItem = false;
                            if (reader.IsEmptyElement) text.Append("\n\n");
                            break;
                        case "numPr":
                            (list, level) = ("", "0");
                            break;
                        case "numId":
                            list = reader.GetAttribute("val", Main) ?? "";
                            break;
                        case "ilvl":
                            level = reader.GetAttribute("val", Main) ?? "0";
                            break;
                        case "t":
                            inText = !reader.IsEmptyElement;
                            break;
                        case "tab":
                            text.Append('\t');
                            break;
                        case "br" or "cr":
                            text.Append('\n');
                            break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == Main:
                    switch (reader.LocalName)
                    {
                        case "t":
                            inText = false;
                            break;
                        // In the paragraph's properties, before its text. List "0" takes a paragraph out of its style's list.
                        case "numPr" when !listItem && list is not ("" or "0"):
                            listItem = true;
                            if (marks.GetValueOrDefault((list, level), true)) text.Append("• ");
                            break;
                        case "p":
                            text.Append(listItem ? "\n" : "\n\n");
                            break;
                    }
                    break;
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// From <c>word/numbering.xml</c>: whether each list's level shows a mark, by list and level. A list names
    /// its definition (<c>w:num</c> → <c>w:abstractNum</c>), whose levels each give a format and the text
    /// shown; a bullet of only spaces shows none.
    /// </summary>
    internal static Dictionary<(string List, string Level), bool> ListMarks(Stream xml)
    {
        using var stream = xml;
        using var reader = XmlReader.Create(stream, Settings);
        var shown = new Dictionary<(string Definition, string Level), bool>();
        var definitionOf = new Dictionary<string, string>();
        string definition = "", level = "", format = "", list = "";
        while (reader.Read())
        {
            if (reader.NamespaceURI != Main) continue;
            if (reader.NodeType == XmlNodeType.Element)
            {
                var value = reader.GetAttribute("val", Main);
                switch (reader.LocalName)
                {
                    case "abstractNum": definition = reader.GetAttribute("abstractNumId", Main) ?? ""; break;
                    case "lvl": (level, format) = (reader.GetAttribute("ilvl", Main) ?? "0", "bullet"); break;
                    case "numFmt": format = value ?? "bullet"; break;
                    case "lvlText": shown[(definition, level)] = format != "none" && !(format == "bullet" && string.IsNullOrWhiteSpace(value)); break;
                    // After every definition: a level a list overrides is not its definition's.
                    case "num": (list, definition) = (reader.GetAttribute("numId", Main) ?? "", ""); break;
                    case "abstractNumId": definitionOf[list] = value ?? ""; break;
                }
            }
        }
        var marks = new Dictionary<(string List, string Level), bool>();
        foreach (var (num, abstractNum) in definitionOf)
            foreach (var ((owner, lvl), mark) in shown)
                if (owner == abstractNum) marks[(num, lvl)] = mark;
        return marks;
    }

    internal static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, // no entities of the document's own, and no files they could name
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = MaxXmlBytes,
    };
}
