using System.Text;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>Rich text (RTF) read as the text a reader sees: <see cref="RichText"/>.</summary>
public class RichTextTests
{
    static string Text(string rtf) => RichText.ToText(Encoding.ASCII.GetBytes(rtf));

    [Fact]
    public void EscapedCharactersReadAsThemselves()
    {
        // Braces and backslashes, a byte in the code page, a no-break space, a hyphen that may break (gone)
        // and one that may not, and the named quotes and dashes.
        Assert.Equal("{a} \\ Café\u00A0x y-z ‘q’ “q” — – •",
            Text(@"{\rtf1\ansi \{a\} \\ Caf\'e9\~x y\-\_z \lquote q\rquote  \ldblquote q\rdblquote  \emdash  \endash  \bullet}"));
    }

    [Fact]
    public void UnicodeCharactersDropTheirFallback()
    {
        // "\u8212?" is an em dash, the "?" there for readers without Unicode; "\uc2" makes that two characters,
        // which may be written as bytes of the code page.
        Assert.Equal("a—b Я ok", Text(@"{\rtf1 a\u8212?b \uc2\u1071\'cf\'d0 ok}"));
        Assert.Equal("\uFFFD", Text(@"{\rtf1\uc0\u-3}"));
    }

    [Fact]
    public void BytesOutsideAsciiReadInTheDocumentsCodePage()
    {
        Assert.Equal("Привет", Text(@"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2}"));
        Assert.Equal("’", Text(@"{\rtf1\ansi\ansicpg9999 \'92}")); // a code page this platform lacks: Windows-1252
    }

    [Fact]
    public void TablesInformationAndInstructionsAreLeftOut()
    {
        // Fonts, colours, the document's information, a group marked "\*", and a link's address; the link's
        // words stay.
        Assert.Equal("A link here.", Text(
            @"{\rtf1{\fonttbl{\f0\fswiss Helvetica;}}{\colortbl;\red0\green0\blue0;}{\info{\title Draft}{\author Ann}}" +
            @"{\*\generator Riched20 10.0;}A {\field{\*\fldinst{HYPERLINK ""https://example.com/""}}{\fldrslt{\ul link}}} here.}"));
    }

    [Fact]
    public void ParagraphsEndInLineBreaksAndSpacedOnesInBlankLines()
    {
        // TextEdit ends each line with a backslash and writes empty paragraphs between; WordPad and Pandoc set
        // paragraphs with space after them ("\sa200"), which "\pard" takes away again.
        Assert.Equal("One\n\nTwo", Text("{\\rtf1 One\\\n\\\nTwo}"));
        Assert.Equal("One\n\nTwo\n\nThree\nFour\n", Text(@"{\rtf1\pard\sa200 One\par Two\par\pard Three\par Four\par}"));
        Assert.Equal("a\nb\tc", Text(@"{\rtf1 a\line b\tab c}"));
    }

    [Fact]
    public void APagePastedIntoTextEditKeepsItsParagraphsAndBullets()
    {
        // A web page pasted into TextEdit: a list table (its bullet's template is no text), paragraphs set with
        // space after them and ended by a backslash, and each list item's bullet in a "\listtext" group.
        var rtf = string.Join("\n",
            @"{\rtf1\ansi\ansicpg1252\cocoartf2822",
            @"{\fonttbl\f0\fnil\fcharset0 HelveticaNeue-Bold;\f1\fnil\fcharset0 HelveticaNeue;}",
            @"{\*\listtable{\list\listtemplateid1\listhybrid{\listlevel\levelnfc23{\*\levelmarker \{disc\}}{\leveltext\leveltemplateid1\'01\uc0\u8226 ;}{\levelnumbers;}\fi-360\li720\lin720 }{\listname ;}\listid1}}",
            @"{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}",
            @"\pard\pardeftab720\sa240\partightenfactor0",
            "",
            @"\f0\b\fs48 \cf2 \expnd0\expndtw0\kerning0",
            @"Markets rally\",
            @"\pard\pardeftab720\partightenfactor0",
            "",
            @"\f1\b0\fs24 \cf2 By Jane Doe\",
            @"\pard\pardeftab720\sa240\partightenfactor0",
            @"\cf2 LONDON (AFP) \'96 Stocks rose.\",
            @"\pard\tx220\tx720\pardeftab720\li720\fi-720\sa240\partightenfactor0",
            "\\ls1\\ilvl0\\cf2 {\\listtext\t\\uc0\\u8226 \t}Oil slips\\", // TextEdit's tabs, as they are
            "{\\listtext\t\\uc0\\u8226 \t}Bonds steady}");
        Assert.Equal("Markets rally\n\nBy Jane Doe\nLONDON (AFP) – Stocks rose.\n\n\t•\tOil slips\n\n\t•\tBonds steady", Text(rtf));
    }

    [Fact]
    public void HiddenTextIsLeftOut()
    {
        // "\v" hides text until "\v0", "\plain" or the end of its group.
        Assert.Equal("shown alsoback. Plain again.", Text(@"{\rtf1 shown {\v hidden}also\v gone\v0 back.\v  note\plain  Plain again.}"));
    }

    [Fact]
    public void BinaryDataIsSkippedByItsLength()
    {
        // Its bytes may be anything, braces too: "\bin3" takes the next three whatever they are.
        Assert.Equal("xy", Text(@"{\rtf1 x{\*\blob\bin3 {}\}y}"));
    }

    [Fact]
    public void DeepOrUnbalancedGroupsNeitherThrowNorLoseText()
    {
        var deep = @"{\rtf1 " + new string('{', 100_000) + "deep" + new string('}', 100_000) + " end}";
        Assert.Equal("deep end", Text(deep));
        Assert.Equal("text more", Text(@"{\rtf1 text}}}} more"));
        Assert.Equal("open", Text(@"{\rtf1 {{open"));
        Assert.Equal("", Text(@"{\rtf1\"));
        Assert.Equal("x4", Text(@"{\rtf1 x\'4")); // a broken escape: what follows it is text
    }

    [Fact]
    public void ADocumentWithoutTextIsRejectedSayingSo()
    {
        Assert.Equal("the rich text (RTF) document holds no text", RichText.Parse("{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\n}"u8).Reason);
    }

    [Fact]
    public void RichTextIsKnownByHowItOpens()
    {
        Assert.True(RichText.IsRichText("{\\rtf1\\ansi x}"u8));
        Assert.False(RichText.IsRichText("{rtf} is not it"u8));
        Assert.False(RichText.IsRichText("NATO chief\n"u8));
    }
}
