using System.IO.Compression;
using System.Text;
using System.Xml;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// A capture saved as an OpenDocument text (<c>.odt</c>: LibreOffice's and OpenOffice's own format, which
/// Google Docs and Pandoc write too): a ZIP archive whose <c>mimetype</c> entry says so and whose
/// <c>content.xml</c> holds the text. Its paragraphs and headings are read in order, a list item's first
/// block with a bullet, and then as a text capture, as a Word document is (<see cref="WordDocument"/>);
/// footnotes, comments and tracked deletions are left out. .NET reads the archive and the XML.
/// </summary>
public static class OpenDocument
{
    const string TextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    const string OfficeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    const string Document = "the OpenDocument text (.odt)";

    /// <summary>Whether a ZIP archive is an OpenDocument text: its <c>mimetype</c> entry says so.</summary>
    internal static bool IsText(ZipArchive archive)
    {
        if (archive.GetEntry("mimetype") is not { Length: < 100 } entry) return false;
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text";
    }

    /// <summary>Reads the text of an archive <see cref="IsText"/> found to be one.</summary>
    internal static ParseResult Parse(ZipArchive archive, ParseLimits? limits, TextPool? texts)
    {
        if (archive.GetEntry("content.xml") is not { } entry) return ParseResult.Rejected($"{Document} has no content (content.xml)");
        if (entry.Length > WordDocument.MaxXmlBytes)
            return ParseResult.Rejected($"{Document} holds {entry.Length:N0} bytes of text and markup once uncompressed, over {WordDocument.MaxXmlBytes:N0}");
        string text;
        try
        {
            using var xml = entry.Open();
            text = ToText(xml);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException)
        {
            return ParseResult.Rejected($"{Document} could not be read: {e.Message}");
        }
        return ArticleParser.ParseText(text, limits, texts, Document);
    }

    /// <summary>
    /// The text of <c>content.xml</c>: a paragraph or heading a line, a blank line after each but between the
    /// blocks of a list; a list item's first block opens with "• ", the rest of the item (a teaser's summary
    /// under its title) follows it unmarked. As the format has it, runs of white space in a paragraph are
    /// one space, and <c>text:s</c>, <c>text:tab</c> and <c>text:line-break</c> stand for spaces, a tab and a
    /// line break.
    /// </summary>
    internal static string ToText(Stream xml)
    {
        using var reader = XmlReader.Create(xml, WordDocument.Settings);
        var text = new StringBuilder();
        var skipped = 0; // depth inside an element left out with all it holds
        var blocks = 0; // depth of paragraphs and headings (a frame's caption nests one in another)
        var lists = 0;
        var itemOpening = false; // the next block is a list item's first
        while (reader.Read())
        {
            if (skipped > 0)
            {
                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement) skipped++;
                else if (reader.NodeType == XmlNodeType.EndElement) skipped--;
                continue;
            }
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when IsLeftOut(reader):
                    if (!reader.IsEmptyElement) skipped = 1;
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNamespace:
                    switch (reader.LocalName)
                    {
                        case "p" or "h":
                            if (itemOpening) text.Append("• ");
                            itemOpening = false;
                            if (reader.IsEmptyElement) EndBlock(text, lists);
                            else blocks++;
                            break;
                        case "list" when !reader.IsEmptyElement:
                            lists++;
                            break;
                        case "list-item":
                            itemOpening = true;
                            break;
                        case "s" when blocks > 0:
                            var count = int.TryParse(reader.GetAttribute("c", TextNamespace), out var c) ? Math.Clamp(c, 1, 1000) : 1;
                            text.Append(' ', count);
                            break;
                        case "tab" when blocks > 0:
                            text.Append('\t');
                            break;
                        case "line-break" when blocks > 0:
                            text.Append('\n');
                            break;
                    }
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when blocks > 0:
                    AppendCollapsed(text, reader.Value);
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == TextNamespace:
                    switch (reader.LocalName)
                    {
                        case "p" or "h":
                            blocks--;
                            EndBlock(text, lists);
                            break;
                        case "list":
                            lists--;
                            if (lists == 0) text.Append('\n'); // a blank line after the whole list
                            break;
                    }
                    break;
            }
        }
        return text.ToString();
    }

    // Footnotes (their mark and their text), comments, tracked changes (which keep deleted text), and the
    // document's declarations of numbered sequences: none is the text a reader saw.
    static bool IsLeftOut(XmlReader reader) =>
        reader.NamespaceURI == TextNamespace && reader.LocalName is "note" or "tracked-changes" or "sequence-decls"
        || reader.NamespaceURI == OfficeNamespace && reader.LocalName is "annotation" or "annotation-end";

    static void EndBlock(StringBuilder text, int lists) => text.Append(lists > 0 ? "\n" : "\n\n");

    // Each run of spaces, tabs and line breaks in the XML is one space, as an OpenDocument reader shows it.
    static void AppendCollapsed(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n')) text.Append(' ');
            }
            else text.Append(c);
        }
    }
}
