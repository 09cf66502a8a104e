using System.Text.Json;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>
/// The seed's page saved as HTML and turned into text by other tools (see Captures/README.md): dumped by
/// Lynx, w3m, ELinks and Links, printed to PDF, converted by Pandoc, saved as Markdown, as one MHTML file,
/// as rich text or as a Word document. The same article as the seed's own capture, whatever each tool adds (the site's menu, link
/// numbers and their list, image placeholders, the printer's furniture, the page's markup) and however it wraps.
/// </summary>
public class CapturesByOtherToolsTests
{
    static string Capture(string name) => Path.Combine(AppContext.BaseDirectory, "Captures", name);

    static string Shape(Article a) => JsonSerializer.Serialize(a);

    // Every field from the headline to the credits, one assertion a field, so a failure names it.
    static void AssertSameStory(Article expected, Article actual)
    {
        Assert.Equal(expected.Headline, actual.Headline);
        Assert.Equal(expected.ImageCaption, actual.ImageCaption);
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected.Byline, actual.Byline);
        Assert.Equal(expected.ReadTimeMinutes, actual.ReadTimeMinutes);
        Assert.Equal(expected.Dateline, actual.Dateline);
        Assert.Equal(expected.Paragraphs, actual.Paragraphs);
        Assert.Equal(expected.Credits, actual.Credits);
    }

    [Theory]
    [InlineData("seed-lynx-dump.txt")]
    [InlineData("seed-w3m-dump.txt")]
    [InlineData("seed-elinks-dump.txt")]
    [InlineData("seed-links-dump.txt")]
    [InlineData("seed-lynx-dump-60.txt")]
    [InlineData("seed-lynx-dump-96.txt")]
    [InlineData("seed-elinks-dump-47.txt")]
    public void ATextBrowsersDumpGivesTheSeedsArticle(string name)
    {
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var dump = Samples.ParseBytes(File.ReadAllBytes(Capture(name)));
        // Field by field first, so a failure names the field; then the whole article.
        AssertSameStory(seed, dump);
        Assert.Equal(seed.Recommended.Select(t => t.Title), dump.Recommended.Select(t => t.Title));
        Assert.Equal(seed.Recommended, dump.Recommended);
        Assert.Equal(Shape(seed), Shape(dump));
    }

    [Fact]
    public void TheSavedPageTheDumpsWereMadeFromGivesTheSeedsArticleToo()
    {
        // Its author box holds the name and "·1 min read" apart, and repeats the "By …" line under it.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var page = HtmlArticleParser.Parse(File.ReadAllBytes(Capture("seed-page.html"))).Article!;
        Assert.Equal(seed.ImageCaption, page.ImageCaption);
        Assert.Equal(seed.Byline, page.Byline);
        Assert.Equal(seed.ReadTimeMinutes, page.ReadTimeMinutes);
        Assert.Equal(Shape(seed), Shape(page with { Url = null }));
    }

    [Theory]
    [InlineData("seed-chromium-print.txt")]
    [InlineData("seed-chromium-print-layout.txt")]
    public void APagePrintedToPdfGivesTheSeedsStoryWithoutThePrintersHeaderAndFooter(string name)
    {
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var printed = Samples.ParseBytes(File.ReadAllBytes(Capture(name)));
        // The page's title under the time it was printed is the headline; its menu and its heading again,
        // wrapped over two lines, are not the caption.
        AssertSameStory(seed, printed);
        Assert.Null(printed.Published); // the time it was printed is not when it was published
        // The teasers are read as well as a PDF's text allows (see Captures/README.md), but none of them is
        // the printer's furniture, and a teaser cut by a page break is one again.
        Assert.Equal(seed.Recommended[0], printed.Recommended[0]);
        Assert.All(printed.Recommended, t => Assert.DoesNotContain("://", t.Title + t.Summary));
        Assert.All(printed.Recommended, t => Assert.DoesNotContain("PM", t.Title + t.Summary));
        Assert.DoesNotContain(printed.Recommended, t => t.Title.Contains("/4") || t.Title == seed.Headline);
    }

    [Fact]
    public void APageBreakInsideAParagraphJoinsItAgain()
    {
        var printed = Samples.Parse("""
            1/31/23, 9:42 PM
            Markets rally as central bank holds rates

            Markets rally as central bank holds rates
            By Jane Doe
            LONDON (AFP) — Stocks rose on Thursday after
            https://example.com/markets
            1/2
            1/31/23, 9:42 PM
            Markets rally as central bank holds rates
            the central bank held rates.
            "We expect a calm quarter," an analyst said.
            https://example.com/markets
            2/2
            """);
        Assert.Equal("Markets rally as central bank holds rates", printed.Headline);
        Assert.Null(printed.ImageCaption);
        Assert.Equal(["LONDON (AFP) — Stocks rose on Thursday after the central bank held rates.", "\"We expect a calm quarter,\" an analyst said."],
            printed.Paragraphs);
    }

    [Fact]
    public void ACounterInTheTextIsNoPrintersFooter()
    {
        // A line reads like the time of printing and another like a page's counter: neither is furniture
        // unless the capture ends in a page's footer.
        var a = Samples.Parse(Samples.Full.Replace("Yields were little changed in early trade", "Yields were little changed\n1/31/23, 9:42 PM\n3/4 of a point"));
        Assert.Equal("Yields were little changed 1/31/23, 9:42 PM 3/4 of a point", a.Recommended[^1].Summary);
    }

    [Theory]
    [InlineData("seed-pandoc-plain.txt")]
    [InlineData("seed-pandoc-markdown-strict.txt")]
    public void APageTurnedIntoTextByPandocGivesTheSeedsArticle(string name)
    {
        // Its plain text sets the photo's caption in brackets; its Markdown links the menu, the author and
        // each teaser's title ("-   ### [Title](https://…)") and keeps the photo ("![caption](…)").
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var text = Samples.ParseBytes(File.ReadAllBytes(Capture(name)));
        AssertSameStory(seed, text);
        Assert.Equal(Shape(seed), Shape(text));
    }

    [Theory]
    [InlineData("seed-pandoc-gfm.md", null)]
    [InlineData("seed-turndown.md", null)]
    [InlineData("seed-markdownload.md", "https://news.example.com/nato-chief")]
    public void APageSavedAsMarkdownGivesTheSeedsArticle(string name, string? url)
    {
        // Pandoc keeps the page's layout as HTML ("<div class="byline">", "</div>"); MarkDownload writes
        // front matter and the page's description under the title ("> ## Excerpt"). The body stays Markdown.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var saved = MarkdownArticleParser.Parse(File.ReadAllBytes(Capture(name))).Article!;
        AssertSameStory(seed, saved);
        Assert.Equal(url, saved.Url);
        Assert.True(saved.MarkdownBody);
        Assert.Equal(Shape(seed), Shape(saved with { MarkdownBody = false, Url = null }));
    }

    [Fact]
    public void APageSavedAsOneFileByTheBrowserGivesTheSeedsArticle()
    {
        // Chromium's "Webpage, Single File": the page, quoted-printable, in a MIME message with the address
        // it was saved from.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var bytes = File.ReadAllBytes(Capture("seed-chromium.mhtml"));
        Assert.True(WebArchive.IsWebArchive("page.bin", bytes));
        var saved = WebArchive.Parse(bytes).Article!;
        AssertSameStory(seed, saved);
        Assert.Equal("http://127.0.0.1:8765/seed-page.html", saved.Url);
        Assert.Equal(Shape(seed), Shape(saved with { Url = null }));
    }

    [Fact]
    public void APageSavedAsOneFileReadsInTheCharacterSetItsPartNames()
    {
        // Internet Explorer's .mht: the page's own bytes, base64, its character set named on its part only.
        var page = "<html><body><main><h1>Глава НАТО подчеркнул важность партнеров</h1><p>ТОКИО (Reuters) - Столтенберг заявил в среду.</p></main></body></html>";
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(page);
        var mht = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"; type=\"text/html\"\r\n\r\n--b\r\n" +
            "Content-Type: text/html; charset=\"windows-1251\"\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://example.ru/nato\r\n\r\n" +
            Convert.ToBase64String(bytes, Base64FormattingOptions.InsertLineBreaks) + "\r\n--b--\r\n";

        var a = WebArchive.Parse(System.Text.Encoding.ASCII.GetBytes(mht)).Article!;

        Assert.Equal("Глава НАТО подчеркнул важность партнеров", a.Headline);
        Assert.Equal("https://example.ru/nato", a.Url);
        Assert.Equal("glava-nato-podcherknul-vazhnost-partnerov", NewsReader.Web.Articles.Slug.From(a.Headline));
    }

    [Fact]
    public void APageMailedFromTheBrowserAndSavedAsTheMessageGivesTheSeedsArticle()
    {
        // "Mail this page": the page as HTML beside the text a mail client makes of it, saved as ".eml". The
        // HTML is read, as a saved page is.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var bytes = File.ReadAllBytes(Capture("seed-mail-page.eml"));
        Assert.True(SavedMail.IsSavedMail("page.txt", bytes));
        var saved = SavedMail.Parse(bytes).Article!;
        AssertSameStory(seed, saved);
        Assert.Equal(Shape(seed), Shape(saved with { Url = null }));
    }

    [Fact]
    public void ACaptureMailedOnAndSavedAsTheMessageGivesTheSeedsArticle()
    {
        // The capture's text pasted into a mail (quoted-printable, UTF-8) and the message saved.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var bytes = File.ReadAllBytes(Capture("seed-mail-text.eml"));
        Assert.True(SavedMail.IsSavedMail("mail.txt", bytes));
        Assert.Equal(Shape(seed), Shape(SavedMail.Parse(bytes).Article!));
    }

    [Fact]
    public void AForwardedMailCopiedAsTextIsACaptureNotAMessage()
    {
        // Its header block names no MIME version or content type: the capture rules read it (and leave the
        // mail's header out).
        var forwarded = "From: Jane Reader <jane@example.com>\nSent: Monday, November 30, 2026 10:46 PM\nTo: me@example.com\nSubject: Fwd: NATO chief\n\n" + Samples.SeedText;
        Assert.False(SavedMail.IsSavedMail("forwarded.txt", System.Text.Encoding.UTF8.GetBytes(forwarded)));
        Assert.False(SavedMail.IsSavedMail("seed.txt", Samples.SeedBytes));
        Assert.Equal("the e-mail message (.eml) holds no text",
            SavedMail.Parse("MIME-Version: 1.0\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n"u8).Reason);
    }

    [Fact]
    public void ADocumentSavedAsRichTextByTextEditGivesTheSeedsArticle()
    {
        // TextEdit's form: a header of fonts, colours and the page, a backslash ending every line, and
        // Windows-1252 characters written as "\'92".
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var bytes = File.ReadAllBytes(Capture("seed-textedit.rtf"));
        Assert.True(RichText.IsRichText(bytes));
        var saved = RichText.Parse(bytes).Article!;
        AssertSameStory(seed, saved);
        Assert.Equal(Shape(seed), Shape(saved));
    }

    [Fact]
    public void APageConvertedToRichTextByPandocGivesTheSeedsStoryAndTeasers()
    {
        // Pandoc sets each paragraph with space after it, the menu and the teasers as bulleted lists and links
        // as fields (their addresses are left out). It could not fetch the photo, so it wrote "[image: …]" in
        // its place and left the caption out with it.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var saved = RichText.Parse(File.ReadAllBytes(Capture("seed-pandoc.rtf"))).Article!;
        Assert.Null(saved.ImageCaption);
        AssertSameStory(seed with { ImageCaption = null }, saved);
        Assert.Equal(seed.Recommended, saved.Recommended);
    }

    [Fact]
    public void APageConvertedToAWordDocumentByPandocGivesTheSeedsArticle()
    {
        // Pandoc sets the title, the menu as a list, headings and paragraphs in Word's styles, and each teaser
        // as a list item whose summary is the item's second paragraph (a list level whose mark is a space).
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var bytes = File.ReadAllBytes(Capture("seed-pandoc.docx"));
        Assert.True(WordDocument.IsZipArchive(bytes));
        var saved = WordDocument.Parse(bytes).Article!;
        AssertSameStory(seed, saved);
        Assert.Equal(seed.Recommended, saved.Recommended);
        Assert.Equal(Shape(seed), Shape(saved));
    }

    [Fact]
    public void APageConvertedToAnOpenDocumentTextByPandocGivesTheSeedsArticle()
    {
        // LibreOffice's own format, as Pandoc writes it: the title, the menu as a list, the story's paragraphs,
        // and each teaser as a list item whose heading is its title and whose paragraph is its summary.
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        var saved = WordDocument.Parse(File.ReadAllBytes(Capture("seed-pandoc.odt"))).Article!;
        AssertSameStory(seed, saved);
        Assert.Equal(seed.Recommended, saved.Recommended);
        Assert.Equal(Shape(seed), Shape(saved));
    }

    [Theory]
    [InlineData("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxyz\r\n--b--\r\n", "holds no HTML page")]
    [InlineData("This is not a message at all.\n", "is not a readable MIME message")]
    public void ASavedPageWithoutAPageIsRejectedWithItsReason(string text, string reason) =>
        Assert.Contains(reason, WebArchive.Parse(System.Text.Encoding.UTF8.GetBytes(text)).Reason);

    [Fact]
    public void LinkNumbersGoOnlyWhenTheCaptureEndsInTheirList()
    {
        // Lynx numbers links where they stand and lists them under "References"; only then are "[n]" its.
        var dumped = Samples.Parse(Samples.Full.Replace("By Jane Doe and John Roe", "By [1]Jane Doe and [2]John Roe")
            .Replace("an analyst said.", "an analyst said[3].")
            + "\nReferences\n\n   Visible links:\n   1. https://example.com/jane\n   2. https://example.com/john\n   Hidden links:\n   3. https://example.com/a\n");
        Assert.Equal("By Jane Doe and John Roe", dumped.Byline);
        Assert.Equal("\"We expect a calm quarter,\" an analyst said.", dumped.Paragraphs[1]);
        Assert.Equal("Yields were little changed in early trade", dumped.Recommended[^1].Summary);

        // Without the list, a number in brackets is the text's own: a footnote, a citation.
        var footnoted = Samples.Parse(Samples.Full.Replace("an analyst said.", "an analyst said.[1]"));
        Assert.Equal("\"We expect a calm quarter,\" an analyst said.[1]", footnoted.Paragraphs[1]);
        // A number above the list's last is the text's own too.
        var beyond = Samples.Parse(Samples.Full.Replace("an analyst said.", "an analyst said.[7]") + "\nReferences\n\n   1. https://example.com/a\n");
        Assert.Equal("\"We expect a calm quarter,\" an analyst said.[7]", beyond.Paragraphs[1]);
    }

    [Fact]
    public void ACaptureEndingInAListOfAddressesWithoutItsHeadingKeepsThem()
    {
        // Not Lynx's list: the last teaser's summary is a numbered address, and stays.
        var a = Samples.Parse(Samples.Full.Replace("Yields were little changed in early trade", "1. https://example.com/bonds"));
        Assert.Equal("1. https://example.com/bonds", a.Recommended[^1].Summary);
    }

    [Fact]
    public void TheSitesMenuAboveTheHeadlineIsNoHeadline()
    {
        var a = Samples.Parse("Skip to main content\n\n  • News\n  • Finance\n  • Sports\n\n" + Samples.Full);
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
    }

    [Fact]
    public void ALoneBulletedLineAboveTheTextIsNoMenu()
    {
        // One bulleted line is no menu: here it is the capture's headline as a tool marked it.
        var a = Samples.Parse("• Markets rally\n\nLONDON (AFP) - Stocks rose on Thursday.\n");
        Assert.Contains("Markets rally", a.Headline);
    }

    [Theory]
    [InlineData("[x]")]
    [InlineData("[b][c]")]
    [InlineData("[photo.jpg]")]
    [InlineData("[IMG]")]
    [InlineData("[image: https://news.example.com/x.jpg]")]
    [InlineData("[Image: photo.jpg]")]
    public void AnImageATextBrowserCouldNotShowIsLeftOut(string placeholder)
    {
        var a = Samples.Parse(Samples.Full.Replace("Traders work on the floor", placeholder + "\nTraders work on the floor")
            .Replace("\n\n\"We expect", "\n\n" + placeholder + "\n\n\"We expect"));
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("[…]")]
    [InlineData("[Reuters staff]")]
    [InlineData("[Image: Leaders shake hands in Tokyo]")]
    public void BracketedTextThatIsNoImageStays(string line)
    {
        var a = Samples.Parse(Samples.Full.Replace("\n\n\"We expect", "\n\n" + line + "\n\n\"We expect"));
        Assert.Equal(line, a.Paragraphs[1]);
    }

    [Theory]
    [InlineData("Ukraine's Defence Minister explains how to", "understand \"no\" from US regarding F-16 supply")]
    [InlineData("Corruption rife across Latin America;", "Guatemala, Nicaragua reach record lows: report")]
    [InlineData("NATO, Japan pledge to strengthen their old ties", "in face of 'historic' threat, says Kishida")]
    public void ATitleLeftOpenGoesOnOverTheNextLine(string first, string rest)
    {
        // The title's line ends in a word or a mark no title ends in, or the next line opens in lower case:
        // that line is the title's rest, though it and the summary's lines run on as one. (Wrapped at 54.)
        var body = string.Join('\n',
            "   LONDON (AFP) - Stocks rose on Thursday after the",
            "   central bank held its main rate, as most",
            "   economists had expected, and bond yields fell back",
            "   from their highs of the week.");
        var summary = string.Join('\n',
            "       Oleksii Reznikov, the Minister of Defence of",
            "       Ukraine, said that a refusal from the United",
            "       States should now be understood as one only at",
            "       this particular moment.");
        var a = Samples.Parse("Markets rally\n\n" + body + "\n\nRecommended Stories\n\n     * " + first + "\n       " + rest + "\n" + summary + "\n");
        Assert.Equal(first + " " + rest, a.Recommended[0].Title);
        Assert.StartsWith("Oleksii Reznikov", a.Recommended[0].Summary);
    }

    [Fact]
    public void ATitleEndingNearTheWidthKeepsTheSummaryUnderIt()
    {
        // Lynx sets each summary right under its title. A title whose last line happens to end near the
        // width reads as wrapped into the summary; the rest of a title is short, so the summary's lines stay its.
        var body = string.Join('\n',
            "   LONDON (AFP) - Stocks rose on Thursday after the central bank held its",
            "   main rate, as most economists had expected, and bond yields fell back",
            "   from their highs of the week.");
        var a = Samples.Parse("Markets rally\n\n" + body + "\n\nRecommended Stories\n\n"
            + "     * US Air Force awards Boeing $2.3B deal for 15 more KC-46 tankers\n"
            + "       The award brings the number of KC-46s under contract with the U.S.\n"
            + "       Air Force to 128.\n"
            + "     * NATO, Japan pledge to strengthen ties in face of 'historic'\n"
            + "       security threat\n"
            + "       The comments came in a statement issued during the visit.\n");
        Assert.Equal([
            new Teaser("US Air Force awards Boeing $2.3B deal for 15 more KC-46 tankers", "The award brings the number of KC-46s under contract with the U.S. Air Force to 128.", false),
            new Teaser("NATO, Japan pledge to strengthen ties in face of 'historic' security threat", "The comments came in a statement issued during the visit.", false)],
            a.Recommended);
    }
}
