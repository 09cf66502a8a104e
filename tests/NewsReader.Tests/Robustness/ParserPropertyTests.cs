using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsReader.SeedGenerator;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Robustness;

/// <summary>Whatever the bytes, each parser returns an article or a rejection with a reason: never an exception.</summary>
public class ParserPropertyTests
{
    static bool ArticleOrReason(ParseResult r) =>
        r.Article is not null ? r.Reason is null && r.Article.Headline.Length > 0 && r.Article.Paragraphs.Count > 0
                              : !string.IsNullOrWhiteSpace(r.Reason);

    [Property(MaxTest = 300)]
    public bool AnyBytesGiveAnArticleOrAReason(byte[] bytes) =>
        ArticleOrReason(ArticleParser.Parse(bytes)) && ArticleOrReason(MarkdownArticleParser.Parse(bytes)) && ArticleOrReason(HtmlArticleParser.Parse(bytes))
        && ArticleOrReason(RichText.Parse(bytes)) && ArticleOrReason(RichText.Parse([.. "{\\rtf1 "u8, .. bytes]))
        && ArticleOrReason(WordDocument.Parse(bytes)) && ArticleOrReason(WordDocument.Parse([.. "PK\u0003\u0004"u8, .. bytes]));

    /// <summary>Rich text built from its grammar's pieces in any order, braces unbalanced and escapes cut short.</summary>
    [Property(MaxTest = 300)]
    public Property ShuffledRichTextPiecesNeverBreakTheReader() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(
                "{", "}", "\\", "\\par ", "\\pard", "\\sa200 ", "\\u8217?", "\\u-3", "\\uc2", "\\uc0 ", "\\'92", "\\'", "\\'9",
                "\\*", "\\fonttbl", "\\bin5 ", "\\bin99999999 ", "\\ansicpg1251 ", "\\ansicpg0", "\\line", "\\tab", "\\~", "\\-",
                "\\\n", "\\field", "\\fldinst", "\\fldrslt", "Headline", "TOKYO (Reuters) - Body.", "Recommended Stories",
                "\\bullet ", "\\emdash", "\\x", "\\12", "\\abcdefghijklmnopqrstuvwxyzabcdefghijklmnop99999999999 ", "\n")).Select(
                pieces => "{\\rtf1 " + string.Concat(pieces)).ToArbitrary(),
            rtf => ArticleOrReason(RichText.Parse(Encoding.UTF8.GetBytes(rtf))));

    [Property(MaxTest = 200)]
    public bool AnyTextInAPageGivesAnArticleOrAReason(string? text) =>
        ArticleOrReason(HtmlArticleParser.Parse(Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body><article><h1>H</h1>{text}</article></body></html>")));

    [Property(MaxTest = 300)]
    public bool AnyTextGivesAnArticleOrAReason(string? text) =>
        ArticleOrReason(ArticleParser.Parse(Encoding.UTF8.GetBytes(text ?? ""))) &&
        ArticleOrReason(MarkdownArticleParser.Parse(Encoding.UTF8.GetBytes("---\nheadline: x\n---\n" + text)));

    /// <summary>Lines built from the format's own pieces in any order: the parser's real search space.</summary>
    [Property(MaxTest = 300)]
    public Property ShuffledFormatPiecesNeverBreakTheParser() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(
                "", "  ", "Headline here", "By Jane Doe and John Roe", "·3 min read", "Jane Doe · 2 min read",
                "TOKYO (Reuters) - Body text.", "PARIS - More text", "(Reporting by A; Editing by B)", "Recommended Stories",
                "  • A teaser", "    A summary that is cut", "    A summary.", "- dash", "—", "(", ")", "By ", "Recommended",
                "\t• tabbed", "KYIV, Ukraine (AP) — ", "---", "headline: x",
                // The forms other captures write: Markdown around lines, other bylines and dates, page chrome.
                "(Reuters) - No place.", "## Recommended Stories", "**By Jane Doe**", "### A title", "Story by Jane Doe",
                "February 1, 20232:04 AM GMT+9Updated a year ago", "2:04 AM GMT+9", "02/01/2023", "BBC News, Tokyo",
                "© 2023 Reuters. All rights reserved", "* * *", "Ad · Brand", "Sponsored", "Item 1 of 5", "[1/5] A caption",
                "  ▸ arrow teaser", "Advertisement · Scroll to continue", "Purchase Licensing Rights, opens new tab",
                // Wrapped, underlined, quoted and whole-page captures.
                "A headline wrapped at a fixed width goes on over the next line, as fold", "tensions", "=====", "> quoted", ">",
                "World", "Home / World / Asia Pacific", "5 min read", "By\u00A0Jane Doe", "— Recommended Stories",
                "Title: A title", "URL: https://example.com/a", "Date: 2023-02-01", "Author: Jane Doe", "Tags: x")).Select(lines => string.Join("\n", lines)).ToArbitrary(),
            text => ArticleOrReason(ArticleParser.Parse(Encoding.UTF8.GetBytes(text))));

    [Fact]
    public void TwoThousandMutationsOfTheSeedAndTheCorpusNeverThrow()
    {
        var random = new Random(20261129);
        byte[][] corpus = [Samples.SeedBytes, Encoding.UTF8.GetBytes(Samples.FullSample), .. SyntheticLibrary.Generate(8).Select(c => Encoding.UTF8.GetBytes(c.Text))];
        var outcomes = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
        for (var i = 0; i < 2000; i++)
        {
            var input = Mutator.Mutate(corpus[i % corpus.Length], random);
            var result = ArticleParser.Parse(input);
            Assert.True(ArticleOrReason(result), $"mutation {i} gave neither an article nor a reason");
            outcomes[result.Article is not null]++;
        }
        Assert.True(outcomes[true] > 1000, "most mutations of a good capture still read as an article");
        Assert.True(outcomes[false] > 50, "some mutations (NUL, invalid UTF-8) are rejected");
    }

    [Theory]
    // Rich text is text: most of its mutations still read. A Word document is compressed: most of its
    // mutations break the archive, and are rejected saying so.
    [InlineData("seed-textedit.rtf", 250)]
    [InlineData("seed-pandoc.docx", 0)]
    [InlineData("seed-pandoc.odt", 0)]
    public void FiveHundredMutationsOfTheSeedInAnotherFormatNeverThrow(string capture, int minimumArticles)
    {
        var random = new Random(20261201);
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Captures", capture));
        var articles = 0;
        for (var i = 0; i < 500; i++)
        {
            var input = Mutator.Mutate(bytes, random);
            var result = capture.EndsWith(".rtf") ? RichText.Parse(input) : WordDocument.Parse(input);
            Assert.True(ArticleOrReason(result), $"mutation {i} gave neither an article nor a reason");
            if (result.Article is not null) articles++;
        }
        Assert.True(articles >= minimumArticles, "most mutations of a good capture in rich text still read as an article");
    }

    [Fact]
    public void ThreeHundredMutationsOfAnOpenDocumentsTextNeverThrow()
    {
        // The archive's bytes mostly break it; these mutate the XML inside a sound archive.
        var random = new Random(20261201);
        using var fixture = new System.IO.Compression.ZipArchive(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Captures", "seed-pandoc.odt")));
        using var content = new MemoryStream();
        using (var entry = fixture.GetEntry("content.xml")!.Open()) entry.CopyTo(content);
        var articles = 0;
        for (var i = 0; i < 300; i++)
        {
            using var stream = new MemoryStream();
            using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
            {
                using (var writer = new StreamWriter(zip.CreateEntry("mimetype").Open())) writer.Write("application/vnd.oasis.opendocument.text");
                using var xml = zip.CreateEntry("content.xml").Open();
                xml.Write(Mutator.Mutate(content.ToArray(), random));
            }
            var result = WordDocument.Parse(stream.ToArray());
            Assert.True(ArticleOrReason(result), $"mutation {i} gave neither an article nor a reason");
            if (result.Article is not null) articles++;
        }
        Assert.True(articles > 0, "some mutations of a good document still read as an article");
    }

    [Theory]
    [InlineData(1_000_000, '-')]
    [InlineData(1_000_000, '(')]
    [InlineData(1_000_000, '•')]
    [InlineData(1_000_000, '\n')]
    [InlineData(1_000_000, ' ')]
    [InlineData(1_000_000, '>')]
    [InlineData(1_000_000, '=')]
    public void PathologicalInputsFinish(int length, char c)
    {
        var text = "Headline\n\n" + new string(c, length) + "\n\nBody.";
        var result = ArticleParser.Parse(Encoding.UTF8.GetBytes(text), new ParseLimits(int.MaxValue, 200));
        Assert.True(ArticleOrReason(result));
    }

    [Fact]
    public void ManyShortLinesOfEveryKindFinish()
    {
        var sb = new StringBuilder("Headline\n\nBody.\n\nRecommended Stories\n\n");
        for (var i = 0; i < 50_000; i++) sb.Append(i % 3 == 0 ? "  • T\n" : i % 3 == 1 ? "    S\n" : "\n");
        var article = ArticleParser.Parse(Encoding.UTF8.GetBytes(sb.ToString())).Article!;
        Assert.Equal(200, article.Recommended.Count); // capped by the default teaser limit
    }
}
