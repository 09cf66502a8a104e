using System.Text;
using System.Text.Json;
using NewsReader.Web.Articles;

namespace NewsReader.Tests.Ingestion;

/// <summary>Captures from other people and tools: the same article must come out whatever the bytes look like.</summary>
public class FormatVariationTests
{
    static string Shape(Article a) => JsonSerializer.Serialize(a);

    static readonly string Expected = Shape(Samples.Parse(Samples.Full));

    [Fact]
    public void FullSampleHasEveryPart()
    {
        var a = Samples.Parse(Samples.Full);
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal("By Jane Doe and John Roe", a.Byline);
        Assert.Equal(3, a.ReadTimeMinutes);
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal("Reporting by Jane Doe; Editing by Ann Poe", a.Credits);
        Assert.Equal([new Teaser("Oil slips as supply worries ease", "Prices fell for a second day.", false),
                      new Teaser("Bonds steady ahead of data", "Yields were little changed in early trade", true)],
                     a.Recommended);
    }

    // Each byte of the text's UTF-8 as the character Windows-1252 gives it, and the five bytes it leaves
    // out as the C1 controls browsers read them as.
    static string ReadAs1252(string text) =>
        string.Concat(Encoding.UTF8.GetBytes(text).Select(b => b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D
            ? ((char)b).ToString()
            : System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString([b])));

    public static TheoryData<string, string> Rewrites => new()
    {
        { "CRLF line endings", Samples.Full.Replace("\n", "\r\n") },
        { "lone CR line endings", Samples.Full.Replace("\n", "\r") },
        { "Unicode line separators", Samples.Full.Replace("\n", "\u2028") },
        { "form feeds between pages, as PDF-to-text writes", Samples.Full.Replace("\n\n\"We expect", "\n\f\"We expect") },
        { "stray control characters", Samples.Full.Replace("Stocks rose", "Stocks\u0007 rose").Replace("Bonds steady", "Bonds\u001B steady") },
        { "Unicode paragraph separators between blocks", Samples.Full.Replace("\n\n", "\u2029\u2029") },
        // A Windows-1252 text converted to UTF-8 as if it were Latin-1: its dashes and bullets are C1 controls.
        { "Windows-1252 punctuation converted as Latin-1", Samples.Full.Replace("—", "\u0097").Replace("•", "\u0095") },
        // A UTF-8 capture opened as Windows-1252 (as a browser reads a page that does not say its encoding)
        // or as Latin-1, and saved as UTF-8 again: "Â·3 min read", "LONDON (AFP) â€”".
        { "UTF-8 read as Windows-1252 and saved again", ReadAs1252(Samples.Full) },
        { "UTF-8 read as Latin-1 and saved again", Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Samples.Full)) },
        { "UTF-8 with a byte order mark read as Windows-1252 and saved again", ReadAs1252("\uFEFF" + Samples.Full) },
        { "a UTF-8 byte order mark", "\uFEFF" + Samples.Full },
        { "a headline underlined, as Markdown and reStructuredText set a title", Samples.Full.Replace("holds rates\n", "holds rates\n=========================================\n") },
        { "a headline underlined with dashes, no blank line under it", Samples.Full.Replace("holds rates\n\n", "holds rates\n-----------------------------------------\n") },
        { "a headline over- and underlined", "=====================\n" + Samples.Full.Replace("holds rates\n", "holds rates\n=====================\n") },
        { "no heading over the teasers, a list right after the credits", Samples.Full.Replace("Recommended Stories\n\n", "") },
        { "no heading over the teasers, nor a blank line after the credits", Samples.Full.Replace("\n\nRecommended Stories\n\n", "\n") },
        { "the heading over the teasers set as a list item", Samples.Full.Replace("Recommended Stories", "— Recommended Stories") },
        { "Yahoo Finance's quotes of the companies in the story, under the read time", Samples.Full.Replace("·3 min read\n", "·3 min read\n\nIn this article:\n\n^N225\n-0.12%\nBA\n+1.50 (+0.8%)\n") },
        { "the site's address under the headline, as a reader view sets it", Samples.Full.Replace("holds rates\n\n", "holds rates\nwww.afp.com\n") },
        { "the site's address above the headline", "afp.com\n\n" + Samples.Full },
        { "the site's own heading over the teasers, after the credits", Samples.Full.Replace("Recommended Stories", "More from AFP") },
        { "the site's own heading over the teasers, with a colon and no blank line", Samples.Full.Replace("Recommended Stories\n\n", "Most read:\n") },
        { "the site's own heading over the teasers, set in Markdown", Samples.Full.Replace("Recommended Stories", "## Editors' picks") },
        { "the site's own heading over the teasers, after the sign-off", Samples.Full.Replace("Ann Poe)\n\nRecommended Stories", "Ann Poe)\n\n— AFP\n\nTop stories") },
        { "every line quoted, as an e-mail reply or forward quotes it", string.Join("\n", Samples.Full.Split('\n').Select(l => l.Length == 0 ? ">" : "> " + l)) },
        { "every line quoted twice, without spaces", string.Join("\n", Samples.Full.Split('\n').Select(l => ">>" + l)) },
        { "the section's name above the headline", "World\n\n" + Samples.Full },
        { "a two-word section above the headline, no blank line", "Asia Pacific\n" + Samples.Full },
        { "a breadcrumb above the headline", "Home / World / Asia Pacific\n" + Samples.Full },
        { "a breadcrumb with arrows above the headline", "World › Markets\n\n" + Samples.Full },
        { "the section's name under the headline", Samples.Full.Replace("holds rates\n\n", "holds rates\n\nBusiness\n") },
        { "the dateline set in bold, as copied as Markdown", Samples.Full.Replace("LONDON (AFP) — ", "**LONDON (AFP) —** ") },
        { "the dateline set in bold, the dash outside", Samples.Full.Replace("LONDON (AFP) — ", "__LONDON (AFP)__ — ") },
        { "the byline wrapped before its second name", Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe\nand John Roe") },
        { "the reporter's e-mail and handle under the byline", Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe and John Roe\njane.doe@example.com\n@janedoe") },
        { "the wire service's sign-off after the credits", Samples.Full.Replace("Ann Poe)\n", "Ann Poe)\n\n— AFP\n") },
        { "the wire service's sign-off in brackets, then the credits", Samples.Full.Replace("\n\n(Reporting by", "\n\n(AFP)\n\n(Reporting by") },
        { "the photo's licensing link run into the caption", Samples.Full.Replace("of the exchange\n", "of the exchange Purchase Licensing Rights, opens new tab\n") },
        { "no-break spaces for spaces, as text copied from a browser holds", Samples.Full.Replace(' ', '\u00A0') },
        { "narrow no-break spaces in the byline and dateline", Samples.Full.Replace("By Jane", "By\u202FJane").Replace("LONDON (AFP)", "LONDON\u202F(AFP)") },
        { "no-break spaces written as HTML entities", Samples.Full.Replace("By Jane", "By&nbsp;Jane").Replace("LONDON (AFP) —", "LONDON&nbsp;(AFP)&nbsp;—") },
        { "trailing spaces and tabs", Samples.Full.Replace("\n", " \t \n") },
        { "a final newline", Samples.Full + "\n" },
        { "blank lines before the headline", "\n\n  \n" + Samples.Full },
        { "the headline twice, as title and heading", Samples.Full.Replace("holds rates\n", "holds rates\n\nMarkets rally as central bank holds rates\n") },
        { "the page's title, with the site's name, as the headline", Samples.Full.Replace("holds rates\n", "holds rates | Reuters\n") },
        { "the page's title with a known site after a dash", Samples.Full.Replace("holds rates\n", "holds rates - Yahoo News\n") },
        { "the page's title, then the heading", Samples.Full.Replace("holds rates\n", "holds rates | The Business Desk\n\nMarkets rally as central bank holds rates\n") },
        { "middle-dot bullets", Samples.Full.Replace("•", "·") },
        { "hyphen bullets", Samples.Full.Replace("•", "-") },
        { "asterisk bullets", Samples.Full.Replace("•", "*") },
        { "square bullets", Samples.Full.Replace("•", "▪") },
        { "triangle bullets", Samples.Full.Replace("•", "▸") },
        { "arrow bullets", Samples.Full.Replace("•", "→") },
        { "guillemet bullets", Samples.Full.Replace("  •", "»") },
        { "plus bullets, as Lynx marks a nested list", Samples.Full.Replace("•", "+") },
        { "the bullets transliterated to ASCII, as iconv writes \"•\"", Samples.Full.Replace("•", "o").Replace("·", ".") },
        { "numbered teasers", Samples.Full.Replace("• Oil", "1. Oil").Replace("• Bonds", "2. Bonds") },
        { "numbered teasers with parentheses, unindented", Samples.Full.Replace("  • Oil", "1) Oil").Replace("  • Bonds", "2) Bonds").Replace("    Prices", "Prices").Replace("    Yields", "Yields") },
        { "tab indentation", Samples.Full.Replace("    Prices", "\t\tPrices").Replace("    Yields", "\t\tYields").Replace("  •", "\t•") },
        { "no indentation", Samples.Full.Replace("    Prices", "Prices").Replace("    Yields", "Yields").Replace("  •", "•") },
        { "indentation but no bullets", Samples.Full.Replace("  • ", "") },
        { "a spaced read-time dot", Samples.Full.Replace("·3 min read", "· 3 min read") },
        { "a bullet read-time", Samples.Full.Replace("·3 min read", "• 3 mins read") },
        { "a read-time label", Samples.Full.Replace("·3 min read", "Reading time: 3 minutes") },
        { "a hyphenated read time", Samples.Full.Replace("·3 min read", "3-minute read") },
        { "a lowercase marker with a colon", Samples.Full.Replace("Recommended Stories", "recommended stories:") },
        { "a \"Related Articles\" heading", Samples.Full.Replace("Recommended Stories", "Related Articles") },
        { "a \"More Stories\" heading", Samples.Full.Replace("Recommended Stories", "MORE STORIES") },
        { "a \"You May Also Like\" heading", Samples.Full.Replace("Recommended Stories", "You may also like") },
        { "a \"Read Next\" heading", Samples.Full.Replace("Recommended Stories", "Read Next") },
        { "a \"More on this story\" heading, as BBC News sets it", Samples.Full.Replace("Recommended Stories", "More on this story") },
        { "a bare \"Related\" heading", Samples.Full.Replace("Recommended Stories", "Related:") },
        { "credits in square brackets", Samples.Full.Replace("(Reporting by Jane Doe; Editing by Ann Poe)", "[Reporting by Jane Doe; Editing by Ann Poe]") },
        { "the page's \"Story continues\" fold", Samples.Full.Replace("\"We expect", "Story continues\n\n\"We expect") },
        { "Reuters.com's standards line under the credits", Samples.Full.Replace("(Reporting by Jane Doe; Editing by Ann Poe)", "(Reporting by Jane Doe; Editing by Ann Poe)\n\nOur Standards: The Thomson Reuters Trust Principles.") },
        { "an advertisement slot between paragraphs", Samples.Full.Replace("\"We expect", "ADVERTISEMENT\n\"We expect") },
        { "the publisher's name above the caption", Samples.Full.Replace("Traders work", "AFP\nTraders work") },
        { "teaser titles as Markdown links", Samples.Full.Replace("• Oil slips as supply worries ease", "• [Oil slips as supply worries ease](https://www.yahoo.com/news/oil-slips-0930.html)").Replace("• Bonds steady ahead of data", "• [Bonds steady ahead of data](http://example.com/b)") },
        { "credits without parentheses", Samples.Full.Replace("(Reporting by Jane Doe; Editing by Ann Poe)", "Reporting by Jane Doe; Editing by Ann Poe") },
        { "credits after a dash", Samples.Full.Replace("(Reporting by Jane Doe; Editing by Ann Poe)", "— Reporting by Jane Doe; Editing by Ann Poe.") },
        { "share buttons above the body", Samples.Full.Replace("LONDON (AFP)", "Share\nCopy link\nSave\n\nLONDON (AFP)") },
        { "a newsletter line above the credits", Samples.Full.Replace("(Reporting by", "Sign up here.\n\n(Reporting by") },
        { "the author line twice", Samples.Full.Replace("Jane Doe\n·3 min read", "Jane Doe\nJane Doe\n·3 min read") },
        { "each teaser's read time and age", Samples.Full.Replace("    Prices fell", "    2 min read\n    Prices fell").Replace("    Yields were", "    3 hours ago\n\n    Yields were") },
        { "each teaser's provider and when it filed", Samples.Full.Replace("    Prices fell", "    AFP · 2 hours ago\n    Prices fell").Replace("    Yields were", "    Reuters | 3h ago\n    Yields were") },
        { "a relative update time in the header", Samples.Full.Replace("·3 min read", "·3 min read\nUpdated 3 hours ago") },
        { "an update a year or months ago", Samples.Full.Replace("·3 min read", "·3 min read\nUpdated a year ago").Replace("By Jane Doe and John Roe", "By Jane Doe and John Roe\n2 months ago") },
        { "a relative update time under the byline", Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe and John Roe\nPublished: 45 mins ago") },
        { "each teaser's provider on a line of its own", Samples.Full.Replace("    Prices fell", "    AFP\n\n    Prices fell").Replace("    Yields were", "    Reuters\n    Yields were") },
        { "a hard-wrapped paragraph", Samples.Full.Replace("Stocks rose on Thursday after", "Stocks rose on Thursday\nafter") },
        { "non-breaking spaces at line ends", Samples.Full.Replace("\n", "\u00a0\n") },
        { "a no-break space inside the marker", Samples.Full.Replace("Recommended Stories", "Recommended\u00a0Stories") },
        { "zero-width spaces and word joiners", Samples.Full.Replace("Recommended Stories", "\u200BRecommended\u200B Stories").Replace("By Jane", "\u2060By Jane").Replace("Oil slips", "Oil\u200B slips") },
        { "HTML entities from a page's source", Samples.Full.Replace("\"We expect a calm quarter,\"", "&quot;We expect a calm quarter,&#34;").Replace("Jane Doe; Editing", "Jane Doe&#x3B; Editing") },
        { "a copy as Markdown: headings and emphasis around whole lines", Samples.Full.Replace("Markets rally", "# Markets rally").Replace("Traders work on the floor of the exchange", "_Traders work on the floor of the exchange_")
            .Replace("By Jane Doe and John Roe", "**By Jane Doe and John Roe**").Replace("(Reporting by Jane Doe; Editing by Ann Poe)", "*(Reporting by Jane Doe; Editing by Ann Poe)*")
            .Replace("Recommended Stories", "## Recommended Stories ##").Replace("• Oil slips as supply worries ease", "- **Oil slips as supply worries ease**").Replace("• Bonds steady ahead of data", "- **[Bonds steady ahead of data](https://example.com/b)**") },
        { "teaser titles as Markdown headings", Samples.Full.Replace("  • Oil", "### Oil").Replace("  • Bonds", "### Bonds").Replace("    Prices", "Prices").Replace("    Yields", "Yields") },
        { "Reuters.com's licensing links under the photo and the story", Samples.Full.Replace("Traders work on the floor of the exchange\n", "Traders work on the floor of the exchange\nPurchase Licensing Rights, opens new tab\n")
            .Replace("(Reporting by", "Acquire Licensing Rights\n\n(Reporting by") },
        { "the caption under the byline", Samples.Full.Replace("Traders work on the floor of the exchange\n", "").Replace("By Jane Doe and John Roe\n", "By Jane Doe and John Roe\n\nTraders work on the floor of the exchange\n") },
        { "the byline first, then the read time and the caption", Samples.Full.Replace("Traders work on the floor of the exchange\nJane Doe\n·3 min read\n\nBy Jane Doe and John Roe\n", "By Jane Doe and John Roe\nJane Doe\n·3 min read\nTraders work on the floor of the exchange\n") },
        { "the site's footer after the teasers", Samples.Full + "\n\nReuters\nFollow us on Twitter\n© 2023 Reuters. All rights reserved\n" },
        { "a copyright line after the teasers", Samples.Full + "\nCopyright 2023 The Business Desk\nAll rights reserved." },
        { "a rule between paragraphs and between teasers", Samples.Full.Replace("\n\n\"We expect", "\n\n* * *\n\n\"We expect").Replace("\n\n  • Bonds", "\n\n---\n\n  • Bonds") },
        { "teasers with neither bullets, indentation nor blank lines", Samples.Full.Replace("\n\n  • Oil slips as supply worries ease\n\n    Prices fell for a second day.\n\n  • Bonds steady ahead of data\n\n    Yields",
            "\nOil slips as supply worries ease\nPrices fell for a second day.\nBonds steady ahead of data\nYields") },
        { "an advert slot above the headline", "Advertisement\n\n" + Samples.Full },
        { "share buttons named one a line between paragraphs", Samples.Full.Replace("\n\n\"We expect", "\n\nShare this article:\nFacebook\nTwitter\nLinkedIn\nWhatsApp\nEmail\n\n\"We expect") },
        { "share buttons named one a line above the body", Samples.Full.Replace("LONDON (AFP)", "Share this story\nFacebook\nE-mail\n\nLONDON (AFP)") },
        { "a read-more link between paragraphs", Samples.Full.Replace("\n\n\"We expect", "\n\nREAD MORE: Oil slips as supply worries ease\n\n\"We expect") },
        { "a related link run into the paragraph under it", Samples.Full.Replace("\n\n\"We expect", "\nRelated: Bonds steady ahead of data\n\"We expect") },
        { "a video link between paragraphs", Samples.Full.Replace("\n\n\"We expect", "\n\nWATCH: Traders react to the decision\n\n\"We expect") },
        { "a whole page's top: account links and the cookie banner", "Skip to main content\nSubscribe\nSign in\n\nWe use cookies to improve your experience. By continuing, you agree to our use of cookies.\nAccept all\nReject all\n\n" + Samples.Full },
        { "the story's topics and its comments link under the credits", Samples.Full.Replace("Ann Poe)\n", "Ann Poe)\n\nTopics: Markets, Central banks\n\nComments (12)\n\nJoin the conversation\n") },
        { "the story's tags between the body and the credits", Samples.Full.Replace("\n\n(Reporting by", "\n\nTags: Markets; Central banks · UK\n\n(Reporting by") },
        { "an audio player and the page's buttons under the read time", Samples.Full.Replace("·3 min read\n", "·3 min read\nListen to this article · 5:12 min\nGift this article\nSave for later\n") },
        { "an audio player's clock and an app link between paragraphs", Samples.Full.Replace("\n\n\"We expect", "\n\n0:00 / 5:12\n\nRead in app\n\n\"We expect") },
        { "The New York Times's top: its sponsor line and advert link", "Supported by\n\nSKIP ADVERTISEMENT\n\n" + Samples.Full },
        { "a share button, an audio player and where the reporters filed from around the byline",
            Samples.Full.Replace("·3 min read\n\nBy Jane Doe and John Roe\n", "·3 min read\n\nListen to this article · 6:02 min Learn more\n\nShare full article\n\nBy Jane Doe and John Roe\n\nReporting from London\n") },
        { "the print edition's line after the credits", Samples.Full.Replace("Ann Poe)\n", "Ann Poe)\n\nA version of this article appears in print on Feb. 16, 2024, Section B, Page 1 of the New York edition with the headline: Markets Rally. Order Reprints | Today's Paper | Subscribe\n") },
        { "sent on from a phone, a forwarded mail's header over it", "---------- Forwarded message ---------\nFrom: Ann <ann@example.com>\nSubject: Fwd: markets\nTo: Bob <bob@example.com>\n\n" + Samples.Full + "\n\nSent from my iPhone\n" },
        { "shared from a news app, a mail signature under it", Samples.Full.Replace("Ann Poe)\n", "Ann Poe)\n\nShared from Apple News\n") + "\n\n-- \nBob Smith\nSenior Analyst\n" },
        { "Outlook's line under the teasers", Samples.Full + "\n\nGet Outlook for iOS\n" },
        { "Reuters.com's advert slot between paragraphs", Samples.Full.Replace("\n\n\"We expect", "\n\nAdvertisement · Scroll to continue\n\n\"We expect") },
        { "an advert's report link and a chart's credit", Samples.Full.Replace("\n\n\"We expect", "\n\nReport this ad\nReuters Graphics\n\n\"We expect") },
        { "a photo gallery's position and counter", Samples.Full.Replace("Traders work", "[1/5] Traders work").Replace("exchange\n", "exchange\nItem 1 of 5\n") },
        { "the publisher and its desk under the byline, as the BBC writes it", Samples.Full.Replace("By Jane Doe and John Roe\n", "By Jane Doe and John Roe\nAFP, London\n") },
        { "the page's top above the headline", "Skip to main content\nReuters\n\n" + Samples.Full },
        { "AP News's page top above the headline", "Skip to main content\nAP News\n\n" + Samples.Full },
        // Two forms at once, as one capture may hold several (each was read alone, but not together).
        { "the dateline set in bold under a byline wrapped before its second name", Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe\nand John Roe").Replace("LONDON (AFP) — ", "**LONDON (AFP) —** ") },
        { "the dateline set in bold under the caption, set under the byline", Samples.Full.Replace("Traders work on the floor of the exchange\n", "").Replace("By Jane Doe and John Roe\n", "By Jane Doe and John Roe\n\nTraders work on the floor of the exchange\n").Replace("LONDON (AFP) — ", "__LONDON (AFP)__ — ") },
        { "share buttons between a wrapped byline and the body", Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe\nand John Roe").Replace("LONDON (AFP)", "Share\nCopy link\nSave\n\nLONDON (AFP)") },
        { "the reporter's e-mail under a byline wrapped before its second name", Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe\nand John Roe\njane.doe@example.com\n@janedoe") },
        { "the publisher's desk and the reporter's e-mail under the byline", Samples.Full.Replace("By Jane Doe and John Roe\n", "By Jane Doe and John Roe\nAFP, London\njane.doe@example.com\n@janedoe\n") },
        { "the page's title, then the heading underlined", Samples.Full.Replace("holds rates\n", "holds rates | The Business Desk\n\nMarkets rally as central bank holds rates\n=========================================\n") },
        { "the headline twice, the heading underlined with dashes", Samples.Full.Replace("holds rates\n\n", "holds rates\n\nMarkets rally as central bank holds rates\n-----------------------------------------\n") },
        { "a block of fields above a capture of the whole page", "Title: Markets rally as central bank holds rates\nSaved: 2023-02-02\n\nSkip to main content\nReuters\nBusiness\n\n" + Samples.Full },
        { "the page's title, then the heading wrapped at a fixed width", Samples.Full.Replace("holds rates\n", "holds rates | The Business Desk\n\nMarkets rally as central bank\nholds rates\n") },
        { "no heading over the teasers, Reuters.com's standards line under the credits", Samples.Full.Replace("Ann Poe)\n\nRecommended Stories\n", "Ann Poe)\n\nOur Standards: The Thomson Reuters Trust Principles.\n") },
        { "no heading over the teasers, the wire service's sign-off after the credits", Samples.Full.Replace("Ann Poe)\n\nRecommended Stories\n", "Ann Poe)\n\n— AFP\n") },
        { "no heading over the teasers, bullets transliterated to ASCII", Samples.Full.Replace("Ann Poe)\n\nRecommended Stories\n", "Ann Poe)\n").Replace("•", "o") },
        { "no heading over the teasers, credits without parentheses", Samples.Full.Replace("(Reporting by Jane Doe; Editing by Ann Poe)\n\nRecommended Stories\n", "Reporting by Jane Doe; Editing by Ann Poe\n") },
        { "no heading over the teasers, credits after a dash", Samples.Full.Replace("(Reporting by Jane Doe; Editing by Ann Poe)\n\nRecommended Stories\n", "— Reporting by Jane Doe; Editing by Ann Poe.\n") },
        { "the capture mailed on, under Gmail's header", "---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\nDate: Thu, Feb 2, 2023 at 9:42 AM\nSubject: Fwd: Markets rally\nTo: <me@example.com>\n\n" + Samples.Full },
        { "the capture mailed on, under Outlook's header", "-----Original Message-----\nFrom: Jane Doe\nSent: Thursday, February 2, 2023 9:42 AM\nTo: Me\nCc: Ann Poe\nSubject: Markets rally\n\n" + Samples.Full },
        { "the capture mailed on, under Apple Mail's header", "Begin forwarded message:\n\nFrom: Jane Doe <jane@example.com>\nSubject: Markets rally\nDate: February 2, 2023 at 9:42:00 AM GMT\nTo: Me <me@example.com>\n\n" + Samples.Full },
        { "each teaser on one line, its summary after a bar", Samples.Full.Replace("ease\n\n    Prices", "ease | Prices").Replace("data\n\n    Yields", "data | Yields") },
        { "each teaser on one line, its summary after a dash", Samples.Full.Replace("ease\n\n    Prices", "ease — Prices").Replace("data\n\n    Yields", "data — Yields") },
        { "each teaser's title and summary labelled", Samples.Full.Replace("• Oil", "Title: Oil").Replace("• Bonds", "Title: Bonds").Replace("    Prices", "    Summary: Prices").Replace("    Yields", "    Summary: Yields") },
        { "soft hyphens and a stray byte order mark", Samples.Full.Replace("central bank", "cen\u00ADtral bank").Replace("Bonds steady", "\uFEFFBonds steady") },
    };

    [Theory]
    [MemberData(nameof(Rewrites))]
    public void SameArticleDespite(string variation, string text)
    {
        Assert.NotNull(variation);
        Assert.Equal(Expected, Shape(Samples.Parse(text)));
    }

    [Theory]
    // A dash inside titles that have no summaries is the titles' own: what follows is no summary.
    [InlineData("• Oil slips – live\n\n• Bonds steady – as it happened\n")]
    [InlineData("• Oil slips — what next for Opec\n\n• Bonds steady\n\n• Gold gains\n")] // one in three
    public void ADashInATitleIsNotASummarysStart(string teasers)
    {
        var a = Samples.Parse(Samples.Full[..Samples.Full.IndexOf("  • Oil", StringComparison.Ordinal)] + teasers);
        Assert.All(a.Recommended, t => Assert.Null(t.Summary));
        Assert.Contains(a.Recommended, t => t.Title.Contains(" – ", StringComparison.Ordinal) || t.Title.Contains(" — ", StringComparison.Ordinal));
    }

    [Fact]
    public void AParagraphThatOpensWithByIsNoByline()
    {
        // Without a dateline to end the header, the "By …" paragraph was read as the byline, and the header
        // reached down to it: the first paragraph became part of the caption.
        var a = Samples.Parse("Talks end without a deal\n\nNegotiators leave the hall\n\nBy Jane Doe\n\nThe talks ended late on Thursday without an agreement.\n\n"
            + "By the end of the week, both sides had said they would meet again.\n");
        Assert.Equal("Negotiators leave the hall", a.ImageCaption);
        Assert.Equal("By Jane Doe", a.Byline);
        Assert.Equal(["The talks ended late on Thursday without an agreement.", "By the end of the week, both sides had said they would meet again."], a.Paragraphs);
    }

    [Fact]
    public void AMailsDateIsNotTheArticlesButAFieldsDateIs()
    {
        var mailed = Samples.Parse("---------- Forwarded message ---------\nFrom: Jane <jane@example.com>\nDate: Thu, Feb 2, 2023 at 9:42 AM\nTo: Me\n\n" + Samples.Full);
        Assert.Null(mailed.Published);
        Assert.Equal(new DateOnly(2023, 2, 2), Samples.Parse("Date: Thu, Feb 2, 2023\n\n" + Samples.Full).Published);
    }

    [Theory]
    [InlineData("(AFP) –")]
    [InlineData("(AFP) -")]
    [InlineData("(AFP)—")]
    [InlineData("(AFP) −")] // a minus sign, as some tools turn a spaced hyphen into
    [InlineData("(AFP) ‒")] // a figure dash
    public void AnyDashSeparatesTheDateline(string dash)
    {
        var a = Samples.Parse(Samples.Full.Replace("(AFP) —", dash));
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.Equal($"LONDON {dash} Stocks rose on Thursday after the central bank held rates.", a.Paragraphs[0]);
    }

    [Fact]
    public void UnderBulletsASummaryThatOpensWithANumberStaysASummary()
    {
        var a = Samples.Parse(Samples.Full.Replace("Prices fell for a second day.", "1. Prices fell for a second day."));
        Assert.Equal(["Oil slips as supply worries ease", "Bonds steady ahead of data"], a.Recommended.Select(t => t.Title));
        Assert.Equal("1. Prices fell for a second day.", a.Recommended[0].Summary);
    }

    [Fact]
    public void TeasersWithNeitherBulletsNorIndentationPairByPosition()
    {
        // Without bullets or indentation a short unpunctuated line reads as a title, so a cut-off summary
        // is only recognised when it is long; complete summaries pair with their titles.
        var plain = Samples.Full.Replace("  • ", "").Replace("    Prices", "Prices").Replace("    Yields", "Yields")
            .Replace("Yields were little changed in early trade", "Yields were little changed in early trade.");
        Assert.Equal([new Teaser("Oil slips as supply worries ease", "Prices fell for a second day.", false),
                      new Teaser("Bonds steady ahead of data", "Yields were little changed in early trade.", false)],
                     Samples.Parse(plain).Recommended);
    }

    [Fact]
    public void UnderTheBylineOnlyALineBeforeTheDatelineIsACaption()
    {
        // The line under the byline opens the body when no dateline follows it.
        var a = Samples.Parse(Samples.Full.Replace("Traders work on the floor of the exchange\n", "").Replace("LONDON (AFP) — Stocks", "Stocks"));
        Assert.Null(a.ImageCaption);
        Assert.Equal(2, a.Paragraphs.Count);
        // With its credit on a line of its own, both lines are the caption.
        var b = Samples.Parse(Samples.Full.Replace("Traders work on the floor of the exchange\n", "").Replace("By Jane Doe and John Roe\n", "By Jane Doe and John Roe\n\nTraders work on the floor\nREUTERS/Ann Poe\n"));
        Assert.Equal("Traders work on the floor REUTERS/Ann Poe", b.ImageCaption);
        Assert.Equal(new Dateline("LONDON", "AFP"), b.Dateline);
    }

    [Theory]
    [InlineData("© 2023 Reuters. All rights reserved")]
    [InlineData("Copyright © 2023 AFP\nAll Rights Reserved.")]
    [InlineData("(c) 2023 The Business Desk")]
    public void TheSitesFooterUnderABodyIsNoParagraph(string footer)
    {
        var a = Samples.Parse(Samples.Full[..Samples.Full.IndexOf("Recommended Stories", StringComparison.Ordinal)] + footer);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal("Reporting by Jane Doe; Editing by Ann Poe", a.Credits);
    }

    [Theory]
    [InlineData("Item 4 of the deal covers ports.")]
    [InlineData("[1/5] is how the filing numbers its exhibits.")]
    [InlineData("Related: the ministry said talks would resume.")]
    [InlineData("Read more: the report runs to 300 pages. It was published today")]
    [InlineData("Watch: the central bank's next move is in June")]
    [InlineData("Topics: the talks covered trade and security.")]
    [InlineData("Comments from the governor lifted the pound.")]
    [InlineData("Listen to the minister, the union said.")]
    [InlineData("10:30 / 11:00 was the slot the talks were given")]
    [InlineData("Sent from Washington, the letter reached Tokyo in March.")]
    [InlineData("Shared from the ministry's archive, the files show the talks.")]
    [InlineData("Advertisement spending fell for a second year.")]
    [InlineData("Copyright holders sued the platform on Monday.")]
    [InlineData("(c) is how the clause was cited.")]
    [InlineData("All rights to the land were returned.")]
    public void ProseThatOpensLikeAFooterStaysProse(string paragraph)
    {
        var a = Samples.Parse(Samples.Full.Replace("\"We expect a calm quarter,\" an analyst said.", paragraph));
        Assert.Equal(paragraph, a.Paragraphs[1]);
    }

    [Theory]
    [InlineData("EU fines Google over cookies")]
    [InlineData("Subscribe and save: the streaming wars heat up")]
    public void AHeadlineThatNamesPageControlsIsStillTheHeadline(string headline) =>
        Assert.Equal(headline, Samples.Parse(Samples.Full.Replace("Markets rally as central bank holds rates", headline)).Headline);

    [Theory]
    [InlineData("Summary\n• Stocks rose after the decision\n• Bonds were steady\n\n", 3)]
    [InlineData("Key points:\n\n• Stocks rose after the decision\n\n", 2)]
    [InlineData("• Stocks rose after the decision\n• Bonds were steady\n\n", 2)]
    public void KeyPointsOverTheStoryLeaveItsDatelineToTheFirstParagraphUnderThem(string keyPoints, int lede)
    {
        var a = Samples.Parse(Samples.Full.Replace("LONDON (AFP)", keyPoints + "LONDON (AFP)"));
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.Equal(lede, a.Lede);
        Assert.StartsWith("LONDON (AFP) — Stocks rose", a.Paragraphs[lede]);
        Assert.Equal("Reporting by Jane Doe; Editing by Ann Poe", a.Credits);
    }

    [Theory]
    [InlineData("• One point|LONDON (AFP) — Stocks rose.")] // one bullet, no heading: a list in the story
    [InlineData("Summary|LONDON (AFP) — Stocks rose.")]     // a heading over no points
    [InlineData("Summary|• One point|• Another")]           // nothing under the points
    [InlineData("LONDON (AFP) — Stocks rose.|• One point|• Another")]
    public void WithoutKeyPointsOverItTheStoryOpensWithItsFirstParagraph(string paragraphs) =>
        Assert.Equal(0, Article.LedeIndex(paragraphs.Split('|')));

    [Fact]
    public void TheGuardiansCopyGivesItsAuthorAndLeavesOutItsTopics()
    {
        // The Guardian's page copied: the byline without "By" above the date, and the topics under the story.
        var a = Samples.Parse("""
            Nato chief urges closer ties with Japan to defend democracy

            Jens Stoltenberg speaks at Keio University in Tokyo. Photograph: Issei Kato/Reuters
            Justin McCurry in Tokyo
            Wed 1 Feb 2023 06.22 GMT

            The head of Nato has called for closer ties with Japan as he warned that Europe could not ignore east Asia.

            Jens Stoltenberg said security was interconnected, in a speech in Tokyo on Wednesday.

            Explore more on these topics
            Nato
            Japan
            Asia Pacific

            Most viewed
            """);
        Assert.Equal("Jens Stoltenberg speaks at Keio University in Tokyo. Photograph: Issei Kato/Reuters", a.ImageCaption);
        Assert.Equal(["Justin McCurry"], a.Authors);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Traders on the floor of the exchange")] // a caption shaped like names is no author
    [InlineData("Tokyo")]
    public void ALineAboveTheDateThatIsNoPersonsNameStaysTheCaption(string line)
    {
        var a = Samples.Parse($"Markets rally\n\n{line}\nWed 1 Feb 2023 06.22 GMT\n\nLONDON (AFP) - Stocks rose on Thursday.\n");
        Assert.Equal(line, a.ImageCaption);
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void AVideoLabelWithoutItsLengthUnderItTakesNoOtherLine()
    {
        var a = Samples.Parse("Markets rally\n\nVideo Ad Feedback\nTraders work on the floor of the exchange\nBy Jane Doe\n\nLONDON (AFP) - Stocks rose on Thursday.\n");
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Fact]
    public void CnnsCopyReadsAsItsReaderSeesIt()
    {
        // CNN's page copied: its link button, a video (label, title, length and source), the dateline on a
        // line of its own without brackets, and the network's own stories under "More from CNN".
        var a = Samples.Parse("""
            NATO chief urges Japan to step up defense cooperation

            By Junko Ogura and Heather Chen, CNN
             3 minute read
            Updated 2:04 AM EST, Wed February 1, 2023

             Link Copied!

            Video Ad Feedback
            NATO chief: Japan is a key partner
            01:45 - Source: CNN

            Tokyo CNN —
            NATO Secretary General Jens Stoltenberg urged Japan on Wednesday to deepen cooperation.

            Video Ad Feedback
            Stoltenberg meets Kishida
            02:10 - Source: CNN

            Stoltenberg made the comments during a visit to Tokyo.

            CNN's Emiko Jozuka contributed reporting.

            More from CNN
            Japan's PM vows to double defense spending
            Kishida pledged a major military buildup last year.
            """);
        Assert.Null(a.ImageCaption);
        Assert.Equal(["Junko Ogura", "Heather Chen"], a.Authors);
        Assert.Equal(new Dateline("Tokyo", "CNN"), a.Dateline);
        Assert.Equal(["Tokyo CNN — NATO Secretary General Jens Stoltenberg urged Japan on Wednesday to deepen cooperation.",
            "Stoltenberg made the comments during a visit to Tokyo."], a.Paragraphs);
        Assert.Equal("CNN's Emiko Jozuka contributed reporting", a.Credits);
        Assert.Equal([new Teaser("Japan's PM vows to double defense spending", "Kishida pledged a major military buildup last year.", false)], a.Recommended);
    }

    [Fact]
    public void AHeadlineEndingInNewsIsNoSiteName() =>
        Assert.Equal("Boeing Gets Good News", Samples.Parse(Samples.Full.Replace("Markets rally as central bank holds rates", "Boeing Gets Good News")).Headline);

    [Fact]
    public void ASiteNameWithNothingUnderItIsStillTheHeadline() =>
        Assert.Equal("the file has a headline but no body paragraphs", NewsReader.Web.Ingestion.ArticleParser.Parse("Reuters\n"u8).Reason);

    [Fact]
    public void MissingCaptionIsNull()
    {
        var a = Samples.Parse(Samples.Full.Without(l => l.StartsWith("Traders")));
        Assert.Null(a.ImageCaption);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal(3, a.ReadTimeMinutes);
    }

    [Fact]
    public void MissingAuthorLineLeavesBylineNames()
    {
        var a = Samples.Parse(Samples.Full.Without(l => l == "Jane Doe"));
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
    }

    [Fact]
    public void MissingReadTimeIsNullAndAuthorLineIsStillRecognised()
    {
        var a = Samples.Parse(Samples.Full.Without(l => l.Contains("min read")));
        Assert.Null(a.ReadTimeMinutes);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
    }

    [Fact]
    public void MissingBylineKeepsAuthorLineNames()
    {
        var a = Samples.Parse(Samples.Full.Without(l => l.StartsWith("By ")));
        Assert.Null(a.Byline);
        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
    }

    [Fact]
    public void HeadlineAndBodyAloneLeaveEveryOptionalPartEmpty()
    {
        var a = Samples.Parse("Quiet day in parliament\n\nNothing much happened on Tuesday.\n\nMembers went home early.");
        Assert.Null(a.ImageCaption);
        Assert.Empty(a.Authors);
        Assert.Null(a.Byline);
        Assert.Null(a.ReadTimeMinutes);
        Assert.Null(a.Dateline);
        Assert.Null(a.Credits);
        Assert.Empty(a.Recommended);
        Assert.Equal(["Nothing much happened on Tuesday.", "Members went home early."], a.Paragraphs);
    }

    [Fact]
    public void CaptionWithoutOtherHeaderPartsIsFoundBeforeADatelineParagraph()
    {
        var a = Samples.Parse("Storm hits coast\n\nWaves break over the sea wall\n\nMIAMI (AP) — A storm hit the coast.\n\nPower was cut.");
        Assert.Equal("Waves break over the sea wall", a.ImageCaption);
        Assert.Equal(new Dateline("MIAMI", "AP"), a.Dateline);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void MissingCreditsLeaveParagraphsAlone()
    {
        var a = Samples.Parse(Samples.Full.Without(l => l.StartsWith("(Reporting")));
        Assert.Null(a.Credits);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void WritingCreditsAreRecognised()
    {
        var a = Samples.Parse(Samples.Full.Replace("(Reporting by Jane Doe; Editing by Ann Poe)", "(Writing by Jane Doe; Editing by Ann Poe)"));
        Assert.Equal("Writing by Jane Doe; Editing by Ann Poe", a.Credits);
    }

    [Fact]
    public void MissingRecommendedSectionGivesNoTeasers()
    {
        var text = Samples.Full[..Samples.Full.IndexOf("Recommended Stories", StringComparison.Ordinal)];
        var a = Samples.Parse(text);
        Assert.Empty(a.Recommended);
        Assert.Equal("Reporting by Jane Doe; Editing by Ann Poe", a.Credits);
    }

    [Fact]
    public void BodyWithoutDatelineHasNullDateline()
    {
        var a = Samples.Parse(Samples.Full.Replace("LONDON (AFP) — Stocks", "Stocks"));
        Assert.Null(a.Dateline);
    }

    [Fact]
    public void TwoDigitReadTimeWithSpacedDot() =>
        Assert.Equal(12, Samples.Parse(Samples.Full.Replace("·3 min read", "· 12 min read")).ReadTimeMinutes);

    [Theory]
    [InlineData("Story by Jane Doe and John Roe")]
    [InlineData("Written by Jane Doe and John Roe")]
    [InlineData("Author: Jane Doe and John Roe")]
    public void OtherWaysSitesPutTheBylineStillEndTheHeader(string byline)
    {
        var a = Samples.Parse(Samples.Full.Replace("By Jane Doe and John Roe", byline));
        Assert.Equal(byline, a.Byline);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("By: Jane Doe and John Roe")]
    [InlineData("BY JANE DOE AND JOHN ROE")]
    public void BylineWithAColonOrInCapitals(string byline)
    {
        var a = Samples.Parse(Samples.Full.Without(l => l == "Jane Doe").Replace("By Jane Doe and John Roe", byline));
        Assert.Equal(byline, a.Byline);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors); // names set in capitals read as names
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.StartsWith("LONDON", a.Paragraphs[0]);
    }

    [Fact]
    public void ThreeAuthorBylineGivesThreeNames()
    {
        var a = Samples.Parse(Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe, John Roe and Li Wei"));
        Assert.Equal(["Jane Doe", "John Roe", "Li Wei"], a.Authors);
    }

    [Theory]
    [InlineData("By Jane Doe and John Roe, Reuters")]
    [InlineData("By Jane Doe and John Roe | Reuters")]
    [InlineData("By Jane Doe, John Roe and The Associated Press")]
    [InlineData("By Jane Doe and John Roe, AFP")]
    [InlineData("By Jane Doe and John Roe; Bloomberg News")]
    [InlineData("By Jane Doe, John Roe, Yonhap News Agency")]
    [InlineData("By Jane Doe, markets correspondent, and John Roe")] // a role is no author either
    [InlineData("By Jane Doe and John Roe, Senior Editors")]
    public void AnAgencyOrARoleInTheBylineIsNotAnAuthor(string byline)
    {
        var a = Samples.Parse(Samples.Full.Replace("By Jane Doe and John Roe", byline));
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal(byline, a.Byline);
    }

    [Theory]
    [InlineData("By Reuters Staff")]
    [InlineData("By The Associated Press")]
    [InlineData("By AFP")]
    public void AnAgencyAloneLeavesNoAuthors(string byline)
    {
        var a = Samples.Parse(Samples.Full.Without(l => l == "Jane Doe").Replace("By Jane Doe and John Roe", byline));
        Assert.Empty(a.Authors);
        Assert.Equal(byline, a.Byline);
    }

    [Fact]
    public void TheDatelinesAgencyIsNotAnAuthorEither()
    {
        var a = Samples.Parse(Samples.Full.Replace("(AFP)", "(Jiji Press)").Replace("By Jane Doe and John Roe", "By Jane Doe, Jiji Press"));
        Assert.Equal(["Jane Doe"], a.Authors);
    }

    [Theory]
    [InlineData("Jane Doe\nTue, January 31, 2023 at 9:42 PM·3 min read")]                    // Yahoo's own line
    [InlineData("Jane Doe · Tue, January 31, 2023 at 9:42 PM · 3 min read")]
    [InlineData("Jane Doe\nTue, January 31, 2023 at 9:42 PM\n·3 min read")]                  // on a line of its own
    public void APublicationDateIsReadAndIsNeitherAuthorNorCaption(string lines)
    {
        var a = Samples.Parse(Samples.Full.Replace("Jane Doe\n·3 min read", lines));
        Assert.Equal(new DateOnly(2023, 1, 31), a.Published);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(3, a.ReadTimeMinutes);
    }

    [Theory]
    [InlineData("January 31, 2023")]
    [InlineData("\nJanuary 31, 2023 2:04 AM GMT+9Updated a year ago")]     // Reuters.com's date, time and update, copied
    [InlineData("\nJanuary 31, 20232:04 AM GMT+9Updated 2 years ago")]     // the same with no space at all
    [InlineData("January 31, 2023\n2:04 AM GMT+9\nUpdated 3 months ago")]  // each on a line of its own
    [InlineData("January 31, 2023 · Updated January 31, 2023")]
    public void ADateLineUnderTheBylineEndsTheHeaderNotStartsTheBody(string lines)
    {
        var a = Samples.Parse(Samples.Full.Replace("By Jane Doe and John Roe", "By Jane Doe and John Roe\n" + lines));
        Assert.Equal(new DateOnly(2023, 1, 31), a.Published);
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
    }

    [Fact]
    public void TheSeedHasNoPublicationDate() => Assert.Null(Samples.Parse(Samples.SeedText).Published);

    [Fact]
    public void WithoutAHeadingABulletedListInTheBodyStaysInTheBody()
    {
        // Only a list right after the credits line is the teasers: one inside the story is its own.
        var a = Samples.Parse("Headline here\n\nLONDON (AFP) - Rates were held.\n\n• Rates held at 5%\n\n• A cut is seen in June\n\n(Reporting by Jane Doe)\n");
        Assert.Equal(["LONDON (AFP) - Rates were held.", "• Rates held at 5%", "• A cut is seen in June"], a.Paragraphs);
        Assert.Equal("Reporting by Jane Doe", a.Credits);
        Assert.Empty(a.Recommended);
    }

    [Theory]
    // A sentence after the credits is the story's, whatever follows it.
    [InlineData("The bank meets again in June.")]
    [InlineData("\"We will see,\" he said")]
    // A short line with no list under it: no teasers to head ("More from AFP" would be: it names the site's own stories).
    [InlineData("Background\n\nThe bank meets again in June.")]
    public void OnlyAHeadingOverAListAfterTheCreditsStartsTheTeasers(string after)
    {
        var a = Samples.Parse($"Headline here\n\nLONDON (AFP) - Rates were held.\n\n(Reporting by Jane Doe)\n\n{after}\n\n• Rates held at 5%\n\n• A cut is seen in June\n");
        Assert.Empty(a.Recommended);
        Assert.Contains("• Rates held at 5%", a.Paragraphs);
    }

    [Theory]
    [InlineData("reuters.com", true)]
    [InlineData("www.apnews.com", true)]
    [InlineData("edition.cnn.com", true)]
    [InlineData("bbc.co.uk", true)]
    [InlineData("Reuters.com", true)]
    [InlineData("U.S.", false)]
    [InlineData("3.5%", false)]
    [InlineData("J.Doe", false)]
    [InlineData("St.Louis", false)]
    [InlineData("Feb.1", false)]
    [InlineData("reuters .com", false)]
    [InlineData("a.b.c.d.e.com", false)]
    [InlineData(".com", false)]
    [InlineData("-x.com", false)]
    public void ASiteAddressIsAHostNameAlone(string line, bool expected) =>
        Assert.Equal(expected, NewsReader.Web.Ingestion.Masthead.IsSiteAddress(line));

    [Theory]
    [InlineData("Associated Press writer Hyung-jin Kim in Seoul contributed to this report.")]
    [InlineData("Jane Doe contributed reporting from Tokyo.")]
    [InlineData("AP writers J. Doe and Ann Poe contributed.")]
    public void AClosingSentenceNamingContributorsIsTheCredits(string sentence)
    {
        // AP's way, and many papers': the credits as a sentence, not a "(Reporting by …)" line.
        var a = Samples.Parse($"Headline here\n\nTOKYO (AP) — Rates were held.\n\n{sentence}\n\n• Oil slips\n\nPrices fell.\n");
        Assert.Equal(["TOKYO (AP) — Rates were held."], a.Paragraphs);
        Assert.Equal(sentence.TrimEnd('.'), a.Credits);
        Assert.Equal("Oil slips", Assert.Single(a.Recommended).Title); // a list after them is the teasers, as after any credits
    }

    [Theory]
    [InlineData("\"We all contributed to this report,\" she said.")]
    [InlineData("Exports fell sharply. Weak demand contributed.")]
    [InlineData("Higher prices for energy and food contributed to inflation in the quarter.")]
    public void ASentenceOfTheStoryAboutContributingStaysTheStorys(string sentence)
    {
        var a = Samples.Parse($"Headline here\n\nTOKYO (AP) — Rates were held.\n\n{sentence}\n");
        Assert.Equal(sentence, a.Paragraphs[^1]);
        Assert.Null(a.Credits);
    }

    [Theory]
    // A saved page's fields give the date; the page's own date line under the byline went into the caption.
    [InlineData("Date: 2023-02-01\nAuthor: Jane Doe\n\nMarkets rally\n\nBy Jane Doe\n\nFebruary 1, 2023 5:42 AM GMT+9\n\nTraders on the floor\n\n")]
    // The page's first date, then when it was updated.
    [InlineData("Markets rally\n\nTraders on the floor\nFebruary 1, 2023\nLast updated: 2 Feb 2023\n\n")]
    // The updated date before the read time's dot.
    [InlineData("Markets rally\n\nTraders on the floor\nFebruary 1, 2023\nFebruary 2, 2023 · 3 min read\n\n")]
    public void ASecondDateInTheHeaderIsNoPartOfTheCaption(string header)
    {
        var a = Samples.Parse(header + "LONDON (AFP) — Stocks rose.\n\nBonds fell.");
        Assert.Equal("Traders on the floor", a.ImageCaption);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
        Assert.Equal(["LONDON (AFP) — Stocks rose.", "Bonds fell."], a.Paragraphs);
    }

    [Fact]
    public void AShortCaptionAboveTheDateAndReadTimeIsNoAuthorLine()
    {
        // "Traders on the floor" has the shape of names (a capital first), but not of people's: it was taken
        // for the author line before "February 2, 2023 · 3 min read", then dropped as no author.
        var a = Samples.Parse("Markets rally\n\nTraders on the floor\nFebruary 2, 2023 · 3 min read\n\nLONDON (AFP) — Stocks rose.\n\nBonds fell.");
        Assert.Equal("Traders on the floor", a.ImageCaption);
        Assert.Empty(a.Authors);
        Assert.Equal(3, a.ReadTimeMinutes);
        // An author line in that place is still read as one.
        Assert.Equal(["Jane Doe"], Samples.Parse("Markets rally\n\nTraders on the floor of the exchange\nJane Doe\nFebruary 2, 2023 · 3 min read\n\nLONDON (AFP) — Stocks rose.").Authors);
    }

    [Fact]
    public void AQuoteInTheStoryIsNotQuoting()
    {
        // Only a capture whose every line is quoted was quoted by a mail program.
        var a = Samples.Parse("Headline here\n\n> LONDON (AFP) - Rates were held.\n\nAn analyst said so.");
        Assert.Equal(["> LONDON (AFP) - Rates were held.", "An analyst said so."], a.Paragraphs);
    }

    [Theory]
    [InlineData("February 1, 2023")]
    [InlineData("Wed, February 1, 2023 at 9:42 PM")]
    [InlineData("2023-02-01")]
    public void ADateAboveTheHeadlineIsThePublicationDate(string date)
    {
        var a = Samples.Parse($"{date}\n\n{Samples.Full}");
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
    }

    [Fact]
    public void AReadTimeAboveTheHeadlineIsTheReadTime()
    {
        var a = Samples.Parse("5 min read\n" + Samples.Full.Replace("Jane Doe\n·3 min read\n", ""));
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal(5, a.ReadTimeMinutes);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
    }

    [Theory]
    [InlineData("Oil slips")] // short, but no section's name
    [InlineData("Stocks / bonds: a guide for 2024")] // a slash, but no breadcrumb
    [InlineData("2024: the year ahead")] // a number, but no date
    public void AShortHeadlineStaysTheHeadline(string headline)
    {
        var a = Samples.Parse($"{headline}\n\nTraders work on the floor of the exchange\nJane Doe\n·3 min read\n\nLONDON (AFP) - Stocks rose.");
        Assert.Equal(headline, a.Headline);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
    }

    [Fact]
    public void AFieldBlockAboveTheCaptureGivesItsAddressAndDate()
    {
        var a = Samples.Parse("Title: Markets rally as central bank holds rates\nURL: https://www.example.com/markets-rally\nDate: 2023-02-01\n" +
                              "Author: Jane Doe\nTags: markets, rates\n\n" + Samples.Full);
        var plain = Samples.Parse(Samples.Full);

        Assert.Equal(plain.Headline, a.Headline);
        Assert.Equal(plain.ImageCaption, a.ImageCaption);
        Assert.Equal(plain.Byline, a.Byline); // the capture's own byline, not the field
        Assert.Equal(plain.Authors, a.Authors);
        Assert.Equal(plain.Paragraphs, a.Paragraphs);
        Assert.Equal("https://www.example.com/markets-rally", a.Url);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
    }

    [Fact]
    public void AFieldBlocksTitleIsTheHeadlineWhenTheCaptureLacksOne()
    {
        var withoutHeadline = Samples.Full[(Samples.Full.IndexOf('\n') + 1)..];
        var a = Samples.Parse("Title: Markets rally as central bank holds rates\nSource: https://www.example.com/x\n" + withoutHeadline);
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);

        var b = Samples.Parse("Title: Markets rally\nAuthor: Jane Doe\n\nLONDON (AFP) - Stocks rose.");
        Assert.Equal("Markets rally", b.Headline);
        Assert.Equal("By Jane Doe", b.Byline); // without a byline of its own, the field gives it
        Assert.Equal(["Jane Doe"], b.Authors);
        Assert.Null(b.ImageCaption);

        var c = Samples.Parse("Title: Markets rally\nDate: Feb\n\nLONDON (AFP) - Stocks rose.");
        Assert.Null(c.ImageCaption); // a date field that holds no date is left out
        Assert.Null(c.Published);
    }

    [Fact]
    public void ADateOrAnAuthorFieldAloneAboveTheCaptureIsAHeaderLine()
    {
        var a = Samples.Parse("Date: 2023-02-01\n\n" + Samples.Full);
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);

        var b = Samples.Parse("Author: Jane Doe\n\nMarkets rally\n\nLONDON (AFP) - Stocks rose.");
        Assert.Equal("Markets rally", b.Headline);
        Assert.Equal("By Jane Doe", b.Byline);
    }

    [Theory]
    [InlineData("Update: Markets rally as central bank holds rates")] // no field of a page
    [InlineData("Source: the central bank")]                          // one field alone, and no address
    public void AHeadlineThatOpensLikeAFieldStaysTheHeadline(string headline) =>
        Assert.Equal(headline, Samples.Parse($"{headline}\n\nLONDON (AFP) - Stocks rose.").Headline);

    [Theory]
    [InlineData("- Reuters")]
    [InlineData("(AFP)")]
    [InlineData("— The Associated Press")]
    public void AWireServicesSignOffClosingTheStoryIsNoParagraph(string signOff)
    {
        var a = Samples.Parse($"Headline here\n\nLONDON (AFP) - Rates were held.\n\n\"Calm,\" an analyst said.\n\n{signOff}\n");
        Assert.Equal(["LONDON (AFP) - Rates were held.", "\"Calm,\" an analyst said."], a.Paragraphs);
    }

    [Fact]
    public void AStoryThatEndsOnAnAgencysNameInAPhraseKeepsIt() =>
        Assert.Equal("Shares of Reuters.", Samples.Parse("Headline here\n\nLONDON (AFP) - Rates were held.\n\nShares of Reuters.").Paragraphs[^1]);

    [Fact]
    public void ANoBreakSpaceThatFrenchPunctuationNeedsStays()
    {
        // «\u00A0Non\u00A0» and "dit-il\u00A0:" keep theirs, so a line never starts with the closing mark;
        // one between words is a space like any other.
        var a = Samples.Parse("Titre\n\nPARIS (AFP) - «\u00A0Non\u00A0», dit-il\u00A0: rien\u00A0de plus.");
        Assert.Equal("PARIS (AFP) - «\u00A0Non\u00A0», dit-il\u00A0: rien de plus.", Assert.Single(a.Paragraphs));
    }

    [Fact]
    public void AuthorAndReadTimeOnOneLine()
    {
        var a = Samples.Parse(Samples.Full.Replace("Jane Doe\n·3 min read", "Jane Doe · 3 min read"));
        Assert.Equal(3, a.ReadTimeMinutes);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
    }

    // Plain-text exports (Pandoc, Lynx, e-mail) wrap every paragraph at a fixed width, so a sentence
    // can end at the end of a line in the middle of a paragraph.
    [Theory]
    [InlineData(66)]
    [InlineData(72)] // Pandoc's plain-text default
    public void ABodyWrappedAtAFixedWidthKeepsItsParagraphs(int width)
    {
        var seed = Samples.Parse(Samples.SeedText);
        var text = Samples.SeedText.Replace("\r\n", "\n");
        var body = text[text.IndexOf("TOKYO (Reuters)")..text.IndexOf("Recommended Stories")];
        var wrapped = string.Join("\n\n", body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => Wrap(p.Trim(), width))) + "\n\n";
        var lines = wrapped.Split('\n');
        Assert.Contains(lines.Index().SkipLast(1), l => l.Item is [.., '.' or '"'] && lines[l.Index + 1].Length > 0); // a sentence ends mid-paragraph

        var a = Samples.Parse(text.Replace(body, wrapped));

        Assert.Equal(seed.Paragraphs, a.Paragraphs);
        Assert.Equal(seed.Credits, a.Credits);
    }

    // Typewritten style: no blank lines, each paragraph's first line indented, the rest wrapped flush left.
    [Fact]
    public void AWrappedBodyWithIndentedFirstLinesKeepsItsParagraphs()
    {
        var seed = Samples.Parse(Samples.SeedText);
        var text = Samples.SeedText.Replace("\r\n", "\n");
        var body = text[text.IndexOf("TOKYO (Reuters)")..text.IndexOf("Recommended Stories")];
        var typed = string.Join("\n", body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => Wrap("~~~~" + p.Trim(), 70).Replace("~~~~", "    "))) + "\n\n";

        var a = Samples.Parse(text.Replace(body, typed));

        Assert.Equal(seed.Paragraphs, a.Paragraphs);
        Assert.Equal(seed.Credits, a.Credits);
    }

    // A browser breaks a line after a word's hyphen too ("Indo-" / "Pacific"), and so does a PDF printed from
    // it and read with pdftotext: the word is whole again, its hyphen kept. Every width from 30 to 70 columns
    // at which the seed's body breaks so.
    [Fact]
    public void ABodyWrappedAfterItsHyphensKeepsItsWords()
    {
        var seed = Samples.Parse(Samples.SeedText);
        var text = Samples.SeedText.Replace("\r\n", "\n");
        var body = text[text.IndexOf("TOKYO (Reuters)")..text.IndexOf("Recommended Stories")];
        var widths = 0;
        for (var width = 30; width <= 70; width++)
        {
            var wrapped = string.Join("\n\n", body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Select(p => Wrap(p.Trim(), width, afterHyphens: true))) + "\n\n";
            if (!wrapped.Split('\n').Any(line => line is [.., >= 'a' and <= 'z', '-'])) continue; // no word broken at its hyphen
            widths++;
            Assert.Equal(seed.Paragraphs, Samples.Parse(text.Replace(body, wrapped)).Paragraphs);
        }
        Assert.True(widths >= 3, $"only {widths} widths break a word at its hyphen");
    }

    [Theory]
    [InlineData("Stocks rose on Thursday -\nthe first gain", "Stocks rose on Thursday - the first gain")] // a spaced dash
    [InlineData("Stocks rose in mid-\n2023 and later", "Stocks rose in mid- 2023 and later")] // no break before a digit: as written
    [InlineData("A pro-\nEuropean view -- and more--\nlater", "A pro-European view -- and more-- later")]
    public void OnlyAWordsHyphenJoinsTheNextLine(string paragraph, string expected) =>
        Assert.Equal(expected, Samples.Parse($"Headline here\n\n{paragraph}\n\nSecond paragraph.").Paragraphs[0]);

    static string Wrap(string paragraph, int width, bool afterHyphens = false)
    {
        if (afterHyphens)
            paragraph = System.Text.RegularExpressions.Regex.Replace(paragraph, @"(?<=[A-Za-z])-(?=[A-Za-z])", "-\u0001");
        var lines = new List<string>();
        var line = "";
        foreach (var word in paragraph.Split(' ', '\u0001'))
        {
            var glued = line.EndsWith('-') && afterHyphens && line.Length > 0 && word.Length > 0 && char.IsLetter(word[0]) && char.IsLetter(line[^2]);
            if (line.Length > 0 && line.Length + (glued ? 0 : 1) + word.Length > width) { lines.Add(line); line = ""; }
            line = line.Length == 0 ? word : glued ? line + word : $"{line} {word}";
        }
        lines.Add(line);
        return string.Join("\n", lines);
    }

    // Some tools wrap every line of the capture at a fixed width, the headline and the teasers' titles too,
    // so the line under a long headline or title holds the rest of it, not the caption or the summary.
    // "fold -s" leaves the rest unindented, "fmt" indents it like the line it continues, and Pandoc and
    // Lynx indent it under the title's text, as deep as the summaries.
    [Theory]
    [InlineData(60, Continuation.Unindented)]
    [InlineData(72, Continuation.Unindented)]
    [InlineData(72, Continuation.SameIndent)]
    [InlineData(66, Continuation.Hanging)]
    public void ACaptureWrappedAtAFixedWidthKeepsItsHeadlineAndTeaserTitles(int width, Continuation continuation)
    {
        var text = Samples.SeedText.Replace("\r\n", "\n");
        var seed = Samples.Parse(text);
        var wrapped = string.Join("\n", text.Split('\n').Select(line => WrapLine(line, width, continuation)));
        Assert.DoesNotContain(seed.Headline, wrapped); // the headline wraps
        Assert.DoesNotContain(seed.Recommended[0].Title, wrapped); // and so does the first title

        var a = Samples.Parse(wrapped);

        Assert.Equal(seed.Headline, a.Headline);
        Assert.Equal(seed.ImageCaption, a.ImageCaption);
        Assert.Equal(seed.Recommended.Select(t => t.Title), a.Recommended.Select(t => t.Title));
        Assert.Equal(Shape(seed), Shape(a));
    }

    [Fact]
    public void InAWrappedCaptureALineThatWouldHaveFitUnderAHeadlineOrTitleIsStillTheCaptionOrSummary()
    {
        // The body is wrapped at 60; the caption's first word would have fit after the headline, and each
        // summary's after its title, so these lines break where the headline or title ends, not at the width.
        var a = Samples.Parse("""
            Markets rally as central bank holds rates
            Traders work on the floor of the exchange

            LONDON (AFP) - Stocks rose on Thursday after the central
            bank held its main rate, as most economists had expected
            it to, and bond yields fell.

            Recommended Stories
            • Oil slips as supply worries ease
            Prices fell for a second day.
            • Bonds steady ahead of data
            Yields were little changed.
            """);

        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal([new Teaser("Oil slips as supply worries ease", "Prices fell for a second day.", false),
                      new Teaser("Bonds steady ahead of data", "Yields were little changed.", false)], a.Recommended);
    }

    [Fact]
    public void InACaptureNotWrappedATitleAsLongAsAnyLineKeepsItsSummary()
    {
        // Lines of prose over 100 characters: nothing here is wrapped, though the title fills its line.
        var body = string.Join(" ", Enumerable.Repeat("The central bank held its main rate, as most economists had expected.", 3));
        var a = Samples.Parse($"Markets rally\n\nLONDON (AFP) - {body}\n\nRecommended Stories\n• Oil slips as supply worries ease in Asia on Monday\nPrices fell.\n");

        Assert.Equal(new Teaser("Oil slips as supply worries ease in Asia on Monday", "Prices fell.", false), Assert.Single(a.Recommended));
    }

    public enum Continuation { Unindented, SameIndent, Hanging }

    // One line wrapped at a width, as the tools above write it.
    static string WrapLine(string line, int width, Continuation continuation)
    {
        var text = line.TrimStart();
        var indent = line[..(line.Length - text.Length)];
        var next = continuation switch
        {
            Continuation.SameIndent => indent,
            Continuation.Hanging when text.StartsWith("• ") => indent + "  ",
            Continuation.Hanging => indent,
            _ => "",
        };
        var lines = new List<string>();
        var current = indent;
        foreach (var word in text.Split(' '))
        {
            if (current.Trim().Length > 0 && current.Length + 1 + word.Length > width) { lines.Add(current); current = next; }
            current = current.Trim().Length == 0 ? current + word : $"{current} {word}";
        }
        lines.Add(current);
        return string.Join("\n", lines);
    }

    [Fact]
    public void ShortSentencesOneALineInAWrappedLookingBodyStayParagraphs()
    {
        // Two lines break inside a sentence, so the body reads as wrapped; but "Second one too." had room
        // for "Third", so the break after it is a paragraph's end, not a wrap.
        var a = Samples.Parse("Headline here\n\nLONDON (AFP) - The first paragraph breaks\ninside a sentence and\nends here.\nSecond one too.\nThird as well.");
        Assert.Equal(["LONDON (AFP) - The first paragraph breaks inside a sentence and ends here.", "Second one too.", "Third as well."], a.Paragraphs);
    }

    [Theory]
    [InlineData("U.S. stops granting export licenses for China's Huawei - sources")]
    [InlineData("Ukraine war latest | Day 340 of the invasion")]
    [InlineData("Opinion | Why the Fed will hold rates, and why it matters")]
    public void AHeadlineThatOnlyLooksLikeAPageTitleKeepsItsEnd(string headline) =>
        Assert.Equal(headline, Samples.Parse($"{headline}\n\nLONDON (AFP) - Body text.").Headline);

    [Fact]
    public void BulletedLinesInTheBodyAreItemsOfTheirOwn()
    {
        var a = Samples.Parse("Headline here\n\nLONDON (AFP) - Rates were held.\n\nKey points:\n• Rates held at 5%\n• A cut is seen\n  in June\n▪ Sterling rose\n\n\"Calm,\" an analyst said.");
        Assert.Equal(["LONDON (AFP) - Rates were held.", "Key points:", "• Rates held at 5%", "• A cut is seen in June", "▪ Sterling rose", "\"Calm,\" an analyst said."], a.Paragraphs);
    }

    [Fact]
    public void NameParticlesAndUncasedScriptsAreStillNames()
    {
        Assert.Equal(["Ana de la Cruz", "Ahmed al-Omran", "村上さくら"], Samples.Parse("Headline here\n\nBy Ana de la Cruz, Ahmed al-Omran and 村上さくら\n\nLONDON (AFP) - Body.").Authors);
    }

    [Theory]
    [InlineData("[Oil](javascript:alert(1))")]
    [InlineData("[Oil](https://a.example/x) and more")]
    [InlineData("[](https://a.example/x)")]
    [InlineData("[a](b) [c](https://d.example/e)")]
    public void ATeaserTitleThatIsNotOneWebLinkStaysAsWritten(string title) =>
        Assert.Equal(title, Samples.Parse($"Headline here\n\nLONDON (AFP) - Body.\n\nRecommended Stories\n\n• {title}\n\n  A summary.").Recommended[0].Title);

    [Theory]
    [InlineData("By Jane Doe and John Roe · February 1, 2023")]
    [InlineData("By Jane Doe and John Roe | Feb 1, 2023")]
    public void ADateAfterTheBylinesNamesIsThePublicationDate(string byline)
    {
        var a = Samples.Parse(Samples.Full.Replace("By Jane Doe and John Roe", byline));
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
        Assert.Equal(byline, a.Byline);
    }

    [Fact]
    public void ProseThatOpensLikeACreditStaysAParagraph()
    {
        var a = Samples.Parse("Headline here\n\nLONDON (AFP) - Body.\n\nReporting by the BBC showed the ministry knew.");
        Assert.Null(a.Credits);
        Assert.Equal("Reporting by the BBC showed the ministry knew.", a.Paragraphs[^1]);
    }

    [Fact]
    public void OneParagraphPerLineWithoutBlankLines()
    {
        var a = Samples.Parse("Headline here\n\nFirst paragraph ends here.\nSecond one too.\nThird as well.");
        Assert.Equal(["First paragraph ends here.", "Second one too.", "Third as well."], a.Paragraphs);
    }

    [Fact]
    public void TeaserWithoutSummaryHasNullSummary()
    {
        var a = Samples.Parse(Samples.Full.Without(l => l.Contains("Prices fell")));
        Assert.Equal(new Teaser("Oil slips as supply worries ease", null, false), a.Recommended[0]);
        Assert.Equal(2, a.Recommended.Count);
    }

    [Theory]
    [InlineData("utf-16")]     // little-endian with a byte order mark: Windows Notepad's "Unicode"
    [InlineData("utf-16BE")]
    [InlineData("utf-16", false)] // without the mark: its NULs tell the order
    [InlineData("utf-16BE", false)]
    [InlineData("windows-1252")]
    public void OtherEncodingsGiveTheSameArticle(string encoding, bool withMark = true)
    {
        var text = Samples.Full.Replace("Jane Doe", "Zoë Müller").Replace("rates held", "rates held — “calm”").Replace("LONDON", "ZÜRICH");
        // Strict: a character the encoding cannot hold would fail the test rather than turn into "?".
        var strict = (encoding == "windows-1252" ? CodePagesEncodingProvider.Instance.GetEncoding(1252)! : Encoding.GetEncoding(encoding)).Clone() as Encoding;
        strict!.EncoderFallback = EncoderFallback.ExceptionFallback;
        byte[] bytes = [.. withMark ? strict.GetPreamble() : [], .. strict.GetBytes(text)];
        Assert.Equal(Shape(Samples.Parse(text)), Shape(Samples.ParseBytes(bytes)));
        Assert.Equal(["Zoë Müller", "John Roe"], Samples.ParseBytes(bytes).Authors);
    }

    [Theory]
    [InlineData("\u200BTitle\u00AD\u00AD here\u2028\u2028Body — “quoted” text.\uFEFF", "Title here\n\nBody — “quoted” text.")]
    [InlineData("Plain ASCII only", "Plain ASCII only")]
    [InlineData("\u200B\u2060\uFEFF\u00AD", "")]
    [InlineData("é\u200Bé\u200Bé", "ééé")]
    [InlineData("AT&T & Co; NATO&#39;s &rsquo;90s &#x2014; &unknown; & &;", "AT&T & Co; NATO's ’90s — &unknown; & &;")]
    [InlineData("&lt;b&gt;bold&lt;/b&gt;\u200B", "<b>bold</b>")]
    [InlineData("a&#0;b&#27;c&#x85;d&#9;e", "abc…d\te")]
    // C1 controls are Windows-1252's punctuation converted as Latin-1, or an old page's "&#146;": each is
    // read as the character a browser shows for that reference; the five bytes Windows-1252 leaves out go.
    [InlineData("NATO\u0092s \u0093calm\u0094 \u0096 wait\u0085 \u0080500", "NATO’s “calm” – wait… €500")]
    [InlineData("NATO&#146;s &#147;calm&#148; &#150; wait&#133;", "NATO’s “calm” – wait…")]
    [InlineData("a\u0081b\u008Dc\u008Fd\u0090e\u009Df", "abcdef")]
    [InlineData("£5 · 20° \u00A0NATO\u0092s", "£5 · 20°  NATO’s")]
    // UTF-8 once read as Windows-1252 and saved as UTF-8 again is mended when the whole text was so read;
    // a text with other characters, or whose bytes would not be UTF-8, stays as written.
    [InlineData("ZÃ¼rich Ã©tÃ© â€œquotedâ€\u009D â€” NATOâ€™s Â·3 min", "Zürich été “quoted” — NATO’s ·3 min")]
    [InlineData("Ã©", "é")]
    [InlineData("Ã© and ’", "Ã© and ’")]
    [InlineData("Ãlysée Ã", "Ãlysée Ã")]
    [InlineData("Élysée Ã©", "Élysée Ã©")]
    [InlineData("Title\u001B[1m here\u0007\f\fBody\vtext\u007F.", "Title[1m here\n\nBody\ntext.")]
    [InlineData("tab\there\r\nline", "tab\there\r\nline")]
    // The noncharacters U+FFFE and U+FFFF are valid UTF-8 but no text: XML cannot hold them (the Atom feed
    // answered 500 for the whole library), and a page shows them as a box.
    [InlineData("Bonds\uFFFE steady\uFFFF, yields &#xFFFE;flat", "Bonds steady, yields flat")]
    [InlineData("Fullwidth，kept\uFF01", "Fullwidth，kept！")]
    public void DecodingDropsInvisibleCharactersAndKeepsEveryOther(string text, string expected) =>
        Assert.Equal(expected, NewsReader.Web.Ingestion.SeedText.Decode(Encoding.UTF8.GetBytes(text), out _));

    // Any text with a character beyond ASCII, once read as Windows-1252 and saved as UTF-8 again, decodes
    // as the text itself does.
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool ATextReadAsWindows1252AndSavedAgainDecodesAsItself(string? text, byte[]? picks)
    {
        string[] pieces = ["é", "ü", "’", "“", "”", "—", "·", "€", "😀", "Ж", "中", "\u00A0", " ", "\n", "a"];
        var input = (text ?? "").Replace("\0", "") + "x" + string.Concat((picks ?? []).Select(p => pieces[p % pieces.Length])) + "é";
        var plain = NewsReader.Web.Ingestion.SeedText.Decode(Encoding.UTF8.GetBytes(input), out _);
        var mended = NewsReader.Web.Ingestion.SeedText.Decode(Encoding.UTF8.GetBytes(ReadAs1252(input)), out _);
        return plain is null ? mended is null : plain == mended;
    }

    [Theory]
    [InlineData("https://www.yahoo.com/news/markets-rally-120000000.html\n\n")]
    [InlineData("Source: https://www.yahoo.com/news/markets-rally-120000000.html\n")]
    [InlineData("URL: https://www.yahoo.com/news/markets-rally-120000000.html\nhttps://www.yahoo.com/news/markets-rally-120000000.html?guccounter=1\n\n")]
    public void ThePagesAddressAboveTheHeadlineIsKeptApart(string prefix)
    {
        var a = Samples.Parse(prefix + Samples.Full);
        Assert.Equal("https://www.yahoo.com/news/markets-rally-120000000.html", a.Url);
        Assert.Equal(Expected, Shape(a with { Url = null }));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://example.com/a page")]
    public void ALineThatIsNotAWebAddressIsStillTheHeadline(string first)
    {
        var a = Samples.Parse(first + "\n\nBody text.");
        Assert.Equal(first, a.Headline);
        Assert.Null(a.Url);
    }

    [Fact]
    public void UnicodeTextSurvivesDecoding()
    {
        var a = Samples.ParseBytes(Encoding.UTF8.GetBytes("Zürich „Kälte“ — 東京\n\nBody text.\n"));
        Assert.Equal("Zürich „Kälte“ — 東京", a.Headline);
    }
}
