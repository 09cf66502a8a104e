using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

public class MarkdownArticleTests
{
    public const string Sample = """
        ---
        headline: Markets rally as central bank holds rates
        imageCaption: Traders work on the floor of the exchange
        authors: [Jane Doe, John Roe]
        readTimeMinutes: 3
        dateline: { place: LONDON, agency: AFP }
        credits: Reporting by Jane Doe; Editing by Ann Poe
        recommended:
          - title: Oil slips as supply worries ease
            summary: Prices fell for a second day.
          - title: Bonds steady ahead of data
            summary: Yields were little changed in early trade
        ---
        LONDON (AFP) — Stocks *rose* on Thursday after the central bank held rates.

        "We expect a calm quarter," an analyst said. <script>alert(1)</script>
        """;

    static Article Parse(string text)
    {
        var result = MarkdownArticleParser.Parse(Encoding.UTF8.GetBytes(text));
        Assert.True(result.Article is not null, result.Reason);
        return result.Article!;
    }

    static string Reject(string text)
    {
        var result = MarkdownArticleParser.Parse(Encoding.UTF8.GetBytes(text));
        Assert.Null(result.Article);
        return result.Reason!;
    }

    [Theory]
    [InlineData("url: https://www.reuters.com/world/asia/a-1/\n", "https://www.reuters.com/world/asia/a-1/")]
    [InlineData("url: javascript:alert(1)\n", null)]
    [InlineData("url: /relative/path\n", null)]
    public void FrontMatterMayGiveTheOriginalPage(string line, string? expected) =>
        Assert.Equal(expected, Parse(Sample.Replace("readTimeMinutes: 3\n", "readTimeMinutes: 3\n" + line)).Url);

    [Theory]
    [InlineData("standfirst: Investors cheer the pause as inflation eases\n", "Investors cheer the pause as inflation eases")]
    [InlineData("standfirst: \"  \"\n", null)]
    [InlineData("", null)]
    public void FrontMatterMayGiveTheStandfirst(string line, string? expected) =>
        Assert.Equal(expected, Parse(Sample.Replace("readTimeMinutes: 3\n", "readTimeMinutes: 3\n" + line)).Standfirst);

    [Theory]
    [InlineData("published: 2023-01-31\n", "2023-01-31")]
    [InlineData("published: \"Tue, January 31, 2023 at 9:42 PM\"\n", "2023-01-31")]
    [InlineData("published: not a date\n", null)]
    [InlineData("", null)]
    public void FrontMatterMayStateThePublicationDate(string line, string? expected)
    {
        var a = Parse(Sample.Replace("readTimeMinutes: 3\n", "readTimeMinutes: 3\n" + line));
        Assert.Equal(expected, a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FrontMatterFillsEveryField()
    {
        var a = Parse(Sample);
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(["Jane Doe", "John Roe"], a.Authors);
        Assert.Equal(3, a.ReadTimeMinutes);
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.Equal("Reporting by Jane Doe; Editing by Ann Poe", a.Credits);
        Assert.Equal([new Teaser("Oil slips as supply worries ease", "Prices fell for a second day.", false),
                      new Teaser("Bonds steady ahead of data", "Yields were little changed in early trade", true)], a.Recommended);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.StartsWith("LONDON (AFP) — Stocks *rose*", a.Paragraphs[0]);
    }

    [Fact]
    public void DatelineMayBeWrittenAsText()
    {
        var a = Parse(Sample.Replace("dateline: { place: LONDON, agency: AFP }", "dateline: \"KYIV, Ukraine (AP)\""));
        Assert.Equal(new Dateline("KYIV, Ukraine", "AP"), a.Dateline);
    }

    [Theory]
    [InlineData("dateline: { agency: AFP }")]
    [InlineData("dateline: \"(AFP)\"")]
    public void DatelineMayNameTheAgencyAlone(string line) =>
        Assert.Equal(new Dateline(null, "AFP"), Parse(Sample.Replace("dateline: { place: LONDON, agency: AFP }", line)).Dateline);

    [Fact]
    public void DatelineDefaultsToTheFirstParagraph() =>
        Assert.Equal(new Dateline("LONDON", "AFP"), Parse(Sample.Replace("dateline: { place: LONDON, agency: AFP }\n", "")).Dateline);

    [Fact]
    public void ADatelineSetInBoldIsStillTheDateline()
    {
        var a = Parse(Sample.Replace("dateline: { place: LONDON, agency: AFP }\n", "").Replace("LONDON (AFP) — ", "**LONDON (AFP) —** "));
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.StartsWith("**LONDON (AFP) —**", a.Paragraphs[0]); // Markdown: the page shows it bold
    }

    // Found by the fuzz run: "-" alone is an empty item, which YAML reads as null.
    [Fact]
    public void EmptyListItemsAreSkipped()
    {
        var article = Parse("---\nheadline: H\nauthors:\n  -\n  - Jane Doe\nrecommended:\n  -\n  - { title: T, summary: S. }\n---\nBody.");
        Assert.Equal(["Jane Doe"], article.Authors);
        Assert.Equal([new Teaser("T", "S.", false)], article.Recommended);
    }

    [Fact]
    public void AuthorsMayComeFromAByline() =>
        Assert.Equal(["Li Wei", "Ana Cruz"], Parse(Sample.Replace("authors: [Jane Doe, John Roe]", "byline: By Li Wei and Ana Cruz")).Authors);

    [Fact]
    public void WithoutFrontMatterItIsACaptureSavedAsMarkdown()
    {
        var a = Parse(Samples.SeedText.Replace("NATO chief stresses", "# NATO chief stresses").Replace("By Sakura Murakami", "**By Sakura Murakami**"));
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", a.Headline);
        Assert.Equal(["Sakura Murakami"], a.Authors);
        Assert.Equal(new Dateline("TOKYO", "Reuters"), a.Dateline);
        Assert.Equal(8, a.Paragraphs.Count);
        Assert.Equal(20, a.Recommended.Count);
        Assert.True(a.MarkdownBody);
    }

    [Fact]
    public void APageSavedWithAToolsFrontMatterIsReadAsACapture()
    {
        var seed = Samples.SeedText;
        var saved = "---\ncreated: 2023-02-01T10:00:00 (UTC +09:00)\ntags: []\nsource: https://www.reuters.com/world/nato-chief/\nauthor: Sakura Murakami\n---\n\n# " + seed;
        var a = Parse(saved);
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", a.Headline);
        Assert.Equal(new Dateline("TOKYO", "Reuters"), a.Dateline);
        Assert.Equal(20, a.Recommended.Count);
        Assert.Equal("https://www.reuters.com/world/nato-chief/", a.Url);
        // With the headline given as the title instead, and the capture under it.
        var titled = Parse("---\ntitle: \"NATO chief stresses importance of Indo-Pacific partners amid security tensions\"\n---\n\n" + seed[(seed.IndexOf('\n') + 1)..]);
        Assert.Equal(a.Headline, titled.Headline);
        Assert.Equal(8, titled.Paragraphs.Count);
        Assert.Equal(["Sakura Murakami"], titled.Authors);
    }

    [Fact]
    public void FrontMatterAsPageSavingToolsWriteItReadsToo()
    {
        var a = Parse("---\ntitle: Markets rally\nauthor: Jane Doe\nsource: https://example.com/markets\ntags: []\n---\n\nLONDON (AFP) — Stocks rose.");
        Assert.Equal("Markets rally", a.Headline);
        Assert.Equal(["Jane Doe"], a.Authors);
        Assert.Equal("https://example.com/markets", a.Url);
    }

    [Fact]
    public void ObsidiansWebClipperFrontMatterReadsToo()
    {
        // Its authors are a list of note links; the whole file was rejected as "malformed front matter".
        var a = Parse("""
            ---
            title: "Markets rally"
            source: "https://example.com/markets"
            author:
              - "[[Jane Doe]]"
              - "[[John Roe|J. Roe]]"
            published: 2023-02-01
            created: 2024-05-03
            tags:
              - "clippings"
            ---
            LONDON (AFP) — Stocks rose.
            """);
        Assert.Equal("Markets rally", a.Headline);
        Assert.Equal(["Jane Doe", "J. Roe"], a.Authors);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
        Assert.Equal("https://example.com/markets", a.Url);
    }

    [Theory]
    // The clipper's photo, then its caption: the caption once, and the dateline's paragraph opens the body.
    [InlineData("![Traders work on the floor](https://example.com/photo.jpg)\n\nTraders work on the floor\n\n")]
    // The photo alone: its alt text is the caption.
    [InlineData("![Traders work on the floor](https://example.com/photo.jpg \"Photo\")\n\n")]
    public void APhotoAPageSavedAsMarkdownKeptIsItsCaption(string photo)
    {
        var a = Parse($"---\ntitle: Markets rally\nsource: https://example.com/markets\n---\n{photo}**LONDON, Feb 1 (AFP)** - Stocks rose.\n\nBonds fell.");
        Assert.Equal("Traders work on the floor", a.ImageCaption);
        Assert.Equal(new Dateline("LONDON", "AFP", "Feb 1"), a.Dateline);
        Assert.Equal(["LONDON, Feb 1 (AFP) - Stocks rose.", "Bonds fell."], a.Paragraphs);
    }

    [Fact]
    public void APhotoWithoutAltTextIsLeftOut()
    {
        var a = Parse("# Markets rally\n\n![](https://example.com/photo.jpg)\n\nLONDON (AFP) - Stocks rose.\n\nBonds fell.");
        Assert.Null(a.ImageCaption);
        Assert.Equal(new Dateline("LONDON", "AFP"), a.Dateline);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("authors: Jane Doe")]
    [InlineData("author: [Jane Doe]")]
    [InlineData("authors: ['[[Jane Doe]]', '']")]
    public void AuthorOrAuthorsMayBeANameOrAList(string field) =>
        Assert.Equal(["Jane Doe"], Parse($"---\nheadline: H\n{field}\n---\nBody.").Authors);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("Just a headline", "no body")]
    [InlineData("---\nimageCaption: x\n---\nBody.", "no body")]      // a tool's front matter: "Body." is the headline
    [InlineData("---\nheadline: [unclosed\n---\nBody.", "malformed front matter")]
    [InlineData("---\nheadline: Fine\nreadTimeMinutes: soon\n---\nBody.", "malformed front matter")]
    [InlineData("---\nheadline: Fine\n---\n", "no body")]
    [InlineData("---\n---\nheadline: Later\n---\nBody.", "no headline")] // an empty block (found by the fuzz run)
    public void BadFrontMatterIsRejectedWithItsReason(string text, string reason) => Assert.Contains(reason, Reject(text));

    [Fact]
    public async Task MarkdownArticleShowsUpLikeACapturedOne()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("markets.md", Sample);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var api = await client.GetFromJsonAsync<JsonElement>("/api/articles/markets-rally-as-central-bank-holds-rates");
        Assert.Equal("markets.md", api.GetProperty("source").GetString());
        Assert.Equal("AFP", api.GetProperty("dateline").GetProperty("agency").GetString());
        Assert.Equal(2, api.GetProperty("recommended").GetArrayLength());

        var doc = await client.GetPageAsync("/articles/markets-rally-as-central-bank-holds-rates");
        Assert.Equal("Markets rally as central bank holds rates", doc.QuerySelector("h1").Text());
        Assert.Equal("LONDON (AFP)", doc.QuerySelector(".story-body .dateline").Text());
        Assert.Equal("rose", doc.QuerySelector(".story-body em").Text());
        Assert.Empty(doc.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", doc.QuerySelectorAll(".story-body p")[1].TextContent);
        Assert.Equal(2, doc.QuerySelectorAll(".teasers .teaser").Length);

        Assert.Equal(2, (await client.GetPageAsync("/")).QuerySelectorAll(".card").Length);
        Assert.Contains((await client.GetPageAsync("/search?q=central+bank")).QuerySelectorAll(".result-title a"), a => a.GetAttribute("href") == "/articles/markets-rally-as-central-bank-holds-rates");
    }

    [Fact]
    public async Task MalformedMarkdownIsReportedAndTheRestStillLoads()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("broken.md", "---\nheadline: [oops\n---\nBody.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var report = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/ingestion");
        Assert.Single(report.GetProperty("loaded").EnumerateArray());
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal("broken.md", rejected.GetProperty("source").GetString());
        Assert.StartsWith("malformed front matter", rejected.GetProperty("reason").GetString());
        Assert.Equal(2, report.GetProperty("fileCount").GetInt32());
        Assert.True(report.GetProperty("lastChanged").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }
}
