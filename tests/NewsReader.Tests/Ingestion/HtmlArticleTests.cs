using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>A news page saved as HTML reads as the same article as its text capture.</summary>
public class HtmlArticleTests
{
    // The small sample capture (Samples.Full) as a news site would serve it.
    const string Page = """
        <!DOCTYPE html>
        <html lang="en"><head>
          <meta charset="utf-8"><title>Markets rally as central bank holds rates | Reuters</title>
          <link rel="canonical" href="https://www.example.com/markets/rally-2023-02-01/">
          <script>window.track = "<p>not text</p>";</script><style>p { color: red }</style>
        </head><body>
          <header><a href="#main">Skip to main content</a><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
          <main id="main">
            <article>
              <h1>Markets rally as central bank holds rates</h1>
              <figure><img src="floor.jpg" alt=""><figcaption>Traders work on the floor of the exchange</figcaption></figure>
              <div class="meta"><span>Jane Doe</span><br><span>·3 min read</span></div>
              <div class="byline">By <a href="/authors/jane-doe">Jane Doe</a> and <a href="/authors/john-roe">John Roe</a></div>
              <p>LONDON (AFP) — Stocks rose on Thursday after the central bank held rates.</p>
              <div hidden>Subscribe to read more</div>
              <p>"We expect a calm quarter," an analyst said.</p>
              <form><button>Sign up</button></form>
              <p>(Reporting by Jane Doe; Editing by Ann Poe)</p>
            </article>
            <aside>
              <h2>Recommended Stories</h2>
              <ul>
                <li><a href="/oil"><h3>Oil slips as supply worries ease</h3></a><p>Prices fell for a second day.</p></li>
                <li><a href="/bonds"><h3>Bonds steady ahead of data</h3></a><p>Yields were little changed in early trade</p></li>
              </ul>
            </aside>
          </main>
          <footer>© 2023 Reuters. All rights reserved</footer>
        </body></html>
        """;

    static string Shape(Article a) => JsonSerializer.Serialize(a with { Url = null });

    [Fact]
    public void ASavedPageReadsAsItsTextCapture()
    {
        var result = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(Page));

        var a = Assert.IsType<Article>(result.Article);
        Assert.Equal(Shape(Samples.Parse(Samples.Full)), Shape(a));
        Assert.Equal("https://www.example.com/markets/rally-2023-02-01/", a.Url);
    }

    // "Save page as" keeps a page's own bytes: one not in UTF-8 is read in the encoding its head names.
    [Theory]
    [InlineData("windows-1251", "<meta charset=\"windows-1251\">", "Рынки растут, банк сохранил ставку", "Акции выросли")]
    [InlineData("shift_jis", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">", "株式市場が上昇、中央銀行は金利を据え置き", "株価が上昇した")]
    [InlineData("gbk", "<meta charset=gb2312>", "市场上涨，央行维持利率不变", "股市周四上涨")]
    [InlineData("iso-8859-2", "<meta charset='ISO-8859-2'>", "Rynki rosną, bank utrzymał stopy", "Akcje wzrosły w Łodzi")]
    public void APageIsReadInTheEncodingItNames(string encoding, string meta, string headline, string opening)
    {
        var page = Page.Replace("<meta charset=\"utf-8\">", meta)
            .Replace("Markets rally as central bank holds rates", headline)
            .Replace("Stocks rose on Thursday", opening)
            .Replace("—", "-").Replace("·", "").Replace("©", "(c)");
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(encoding)!.GetBytes(page);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes)); // so the page's bytes are its encoding's, not UTF-8

        var a = Assert.IsType<Article>(HtmlArticleParser.Parse(bytes).Article);

        Assert.Equal(headline, a.Headline);
        Assert.Contains(opening, a.Paragraphs[0]);
    }

    [Fact]
    public void APageInUtf8IsReadAsUtf8WhateverItNames()
    {
        var page = Page.Replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1251\">").Replace("Markets rally", "Рынки растут: markets rally");
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Equal("Рынки растут: markets rally as central bank holds rates", a.Headline);
    }

    [Fact]
    public void AnEncodingThatDoesNotReadAsciiAsAsciiIsNotHonoured()
    {
        // EBCDIC cannot be what a page whose declaration was read as ASCII is written in; browsers ignore it too.
        var page = Page.Replace("<meta charset=\"utf-8\">", "<meta charset=\"ibm037\">").Replace("Markets rally", "Zürich markets rally");
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(page);
        Assert.Equal("Zürich markets rally as central bank holds rates", HtmlArticleParser.Parse(bytes).Article!.Headline);
    }

    [Fact]
    public void APageNotInTheEncodingItNamesIsRejectedSayingSo()
    {
        var bytes = Encoding.ASCII.GetBytes(Page.Replace("<meta charset=\"utf-8\">", "<meta charset=\"shift_jis\">").Replace("—", "-").Replace("·", "").Replace("©", ""))
            .Concat(new byte[] { 0x81, 0x20 }).ToArray(); // a lead byte with no second byte after it

        Assert.Equal("not shift_jis text, as the page says it is: invalid byte sequence", HtmlArticleParser.Parse(bytes).Reason);
    }

    [Theory]
    // The section's name above the headline, inside the story's part of the page: it was read as the headline.
    [InlineData("<main id=\"main\">", "<main id=\"main\"><div class=\"crumbs\"><a href=\"/world\">WORLD NEWS</a></div>")]
    // An inline box of related links in the story, the story going on after it: its heading ("Related Coverage")
    // ended the story there, and the rest of it became a teaser's summary.
    [InlineData("<div hidden>", "<div class=\"related\"><h2>Related Coverage</h2><ul><li><a href=\"/a\">Oil slips as supply worries ease</a></li><li><a href=\"/b\">Bonds steady</a></li></ul></div><div hidden>")]
    public void ThePagesOwnFurnitureInTheStorysPartIsLeftOut(string at, string furniture)
    {
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(Page.Replace(at, furniture))).Article!;
        Assert.Equal(Shape(Samples.Parse(Samples.Full)), Shape(a));
    }

    [Fact]
    public void APhotosCaptionAboveTheHeadlineIsStillTheCaption()
    {
        var page = Page.Replace("<h1>Markets rally as central bank holds rates</h1>\n      <figure><img src=\"floor.jpg\" alt=\"\"><figcaption>Traders work on the floor of the exchange</figcaption></figure>",
            "<figure><img src=\"floor.jpg\" alt=\"\"><figcaption>Traders work on the floor of the exchange in London on Thursday.</figcaption></figure>\n<p class=\"kicker\">Markets</p><h1>Markets rally as central bank holds rates</h1>");
        Assert.NotEqual(Page, page);
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal("Traders work on the floor of the exchange in London on Thursday.", a.ImageCaption);
    }

    // The Guardian's header: a standfirst under the headline, then the photo, then the byline without "By"
    // in an <address>, then the date.
    const string Standfirst = "Jens Stoltenberg says Europe cannot ignore what happens in east Asia as he visits Tokyo";
    const string GuardianPage = $"""
        <!DOCTYPE html><html><head><title>Nato chief urges closer ties with Japan | The Guardian</title></head><body><main><article>
        <header>
          <div><a href="/world/nato">Nato</a></div>
          <h1>Nato chief urges closer ties with Japan to defend democracy</h1>
          <div class="standfirst"><p>{Standfirst}</p></div>
          <figure><img alt=""><figcaption><span>Jens Stoltenberg speaks at Keio University in Tokyo.</span> Photograph: Issei Kato/Reuters</figcaption></figure>
          <address><a rel="author" href="/profile/justinmccurry">Justin McCurry</a> in Tokyo</address>
          <time datetime="2023-02-01T06:22Z">Wed 1 Feb 2023 06.22 GMT</time>
        </header>
        <div class="article-body">
          <p>The head of Nato has called for closer ties with Japan as he warned that Europe could not ignore what happens in east Asia.</p>
          <p>Jens Stoltenberg said security was interconnected, in a speech in Tokyo on Wednesday.</p>
        </div>
        </article></main></body></html>
        """;

    // BBC News's page: the byline's name and role in a byline component, on lines of their own; the photo's
    // source over it and "Image caption, " in its caption, each for screen readers; after the story, its
    // links and its topics.
    const string BbcPage = """
        <!DOCTYPE html><html><head><title>Japan earthquake: Tsunami warning lifted - BBC News</title></head><body><main><article>
        <header><h1>Japan earthquake: Tsunami warning lifted after strong quake</h1></header>
        <div data-component="byline-block"><div><span class="Contributor"><span>Shaimaa Khalil</span></span><div class="Role">Tokyo correspondent</div></div></div>
        <div data-component="timestamp-block"><time datetime="2024-01-02T10:00:00Z">2 January 2024</time></div>
        <figure><div><img src="quake.jpg" alt=""><span role="text"><span class="ssrcss-1f39n02-VisuallyHidden">Image source, </span>Reuters</span></div>
          <figcaption><span class="ssrcss-1f39n02-VisuallyHidden">Image caption, </span>Houses collapsed in Wajima city</figcaption></figure>
        <div data-component="text-block"><p><b>Japan has lifted all tsunami warnings issued after a powerful earthquake struck its west coast.</b></p></div>
        <div data-component="text-block"><p>At least 48 people have been confirmed dead, officials said.</p></div>
        <div data-component="links-block"><h2>More on this story</h2><ul><li><a href="/a">Watch: Moment quake hits Japanese city</a></li><li><a href="/b">In pictures: Devastation after quake</a></li></ul></div>
        <div data-component="topic-list"><h2>Related topics</h2><ul><li><a href="/t1">Japan</a></li><li><a href="/t2">Earthquakes</a></li></ul></div>
        </article></main></body></html>
        """;

    [Fact]
    public void ABbcNewsPageReadsAsItsReaderSeesIt()
    {
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(BbcPage)).Article!;
        Assert.Equal("Japan earthquake: Tsunami warning lifted after strong quake", a.Headline);
        Assert.Equal("Houses collapsed in Wajima city", a.ImageCaption);
        Assert.Equal("By Shaimaa Khalil, Tokyo correspondent", a.Byline);
        Assert.Equal(["Shaimaa Khalil"], a.Authors);
        Assert.Equal(new DateOnly(2024, 1, 2), a.Published);
        Assert.Equal(["Japan has lifted all tsunami warnings issued after a powerful earthquake struck its west coast.",
            "At least 48 people have been confirmed dead, officials said."], a.Paragraphs);
        Assert.Equal(["Watch: Moment quake hits Japanese city", "In pictures: Devastation after quake"], a.Recommended.Select(t => t.Title));
    }

    [Fact]
    public void TheStandfirstIsTheArticlesAndTheFigcaptionTheCaption()
    {
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(GuardianPage)).Article!;
        Assert.Equal("Nato chief urges closer ties with Japan to defend democracy", a.Headline);
        Assert.Equal(Standfirst, a.Standfirst);
        Assert.Equal("Jens Stoltenberg speaks at Keio University in Tokyo. Photograph: Issei Kato/Reuters", a.ImageCaption);
        Assert.Equal("By Justin McCurry in Tokyo", a.Byline);
        Assert.Equal(["Justin McCurry"], a.Authors);
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
        Assert.Equal(["The head of Nato has called for closer ties with Japan as he warned that Europe could not ignore what happens in east Asia.",
            "Jens Stoltenberg said security was interconnected, in a speech in Tokyo on Wednesday."], a.Paragraphs);
    }

    [Fact]
    public void APageWhoseOnlyTextIsItsStandfirstKeepsItAsTheStory()
    {
        var page = GuardianPage[..GuardianPage.IndexOf("<div class=\"article-body\">")] + "</article></main></body></html>";
        var a = Assert.IsType<Article>(HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article);
        Assert.Equal([Standfirst], a.Paragraphs);
        Assert.Null(a.Standfirst);
    }

    [Theory]
    // No photo: a sentence between the headline and the byline can be no caption.
    [InlineData("<figure><img alt=\"\"><figcaption><span>Jens Stoltenberg speaks at Keio University in Tokyo.</span> Photograph: Issei Kato/Reuters</figcaption></figure>", "", null)]
    // A photo without a <figcaption>: its caption may be any line, so the capture rules read the header as they always have.
    [InlineData("<figcaption><span>Jens Stoltenberg speaks at Keio University in Tokyo.</span> Photograph: Issei Kato/Reuters</figcaption>", "",
        Standfirst)]
    public void WithoutTheCaptionTheStandfirstIsReadByWhatThePageShows(string figure, string instead, string? caption)
    {
        var page = GuardianPage.Replace(figure, instead);
        Assert.NotEqual(GuardianPage, page);
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Equal(caption, a.ImageCaption);
        Assert.Equal(caption is null ? Standfirst : null, a.Standfirst);
        Assert.DoesNotContain(Standfirst, a.Paragraphs);
    }

    [Theory]
    // A paragraph with a <time> in it, or one that opens with "By", is the story's: the story keeps its order.
    [InlineData("<p>Talks resumed on <time datetime=\"2023-02-02\">Thursday</time>, after Stoltenberg's visit to Seoul earlier in the week.</p>")]
    [InlineData("<p>By the end of the visit, both sides had agreed to meet again.</p>")]
    public void AStoryParagraphDoesNotEndTheHeader(string paragraph)
    {
        const string Header = """<h1>Nato chief urges closer ties</h1><figure><img alt=""><figcaption>Jens Stoltenberg in Tokyo.</figcaption></figure>""";
        const string First = "The head of Nato has called for closer ties with Japan as he warned that Europe could not ignore east Asia.";
        var page = $"<!DOCTYPE html><html><body><main>{Header}<p>{First}</p>{paragraph}<p>He urged democracies to work together.</p></main></body></html>";
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Equal("Jens Stoltenberg in Tokyo.", a.ImageCaption);
        Assert.Equal(First, a.Paragraphs[0]);
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Theory]
    [InlineData("<address>Opinion</address>")] // a word alone is no name
    [InlineData("<address>Contact us: letters@example.com</address>")]
    [InlineData("<div class=\"byline-box\">Analysis</div>")]
    public void OnlyNamesTheByline(string address)
    {
        var page = GuardianPage.Replace("""<address><a rel="author" href="/profile/justinmccurry">Justin McCurry</a> in Tokyo</address>""", address);
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Null(a.Byline);
        Assert.Empty(a.Authors);
    }

    [Fact]
    public void AFigcaptionLeftOpenDoesNotTakeTheStory()
    {
        // The page's markup is broken: the <figcaption> is never closed, so the story's paragraphs are inside it.
        var page = Page.Replace("Traders work on the floor of the exchange</figcaption></figure>", "Traders work on the floor of the exchange");
        Assert.NotEqual(Page, page);
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Contains(a.Paragraphs, p => p.Contains("Stocks rose on Thursday after the central bank held rates."));
        Assert.DoesNotContain("Stocks rose", a.ImageCaption ?? "");
    }

    [Fact]
    public void NothingOfThePagesMarkupOrScriptsIsKept()
    {
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(Page)).Article!;
        var all = string.Join("\n", [a.Headline, a.ImageCaption, a.Byline, a.Credits, .. a.Paragraphs, .. a.Recommended.Select(t => $"{t.Title} {t.Summary}")]);
        Assert.DoesNotContain("<", all);
        Assert.DoesNotContain("track", all);
        Assert.DoesNotContain("Subscribe", all);
        Assert.DoesNotContain("Sign up", all);
    }

    [Fact]
    public void ThePagesJsonLdGivesTheDateAndTheAuthorsTheStoryDoesNotShow()
    {
        const string JsonLd = "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"}," +
            "{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-02-01T02:04:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"}]}]}</script>";
        var page = Page.Replace("<title>", JsonLd + "<title>");
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Equal(new DateOnly(2023, 2, 1), a.Published);
        Assert.Equal("By Jane Doe and John Roe", a.Byline); // the story's own byline wins

        var bare = page.Replace("""<div class="byline">By <a href="/authors/jane-doe">Jane Doe</a> and <a href="/authors/john-roe">John Roe</a></div>""", "")
                       .Replace("<span>Jane Doe</span><br>", "");
        var b = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(bare)).Article!;
        Assert.Equal("By Jane Doe", b.Byline);
        Assert.Equal(["Jane Doe"], b.Authors);
        Assert.Equal("Markets rally as central bank holds rates", b.Headline);
        Assert.Equal("Traders work on the floor of the exchange", b.ImageCaption);

        var broken = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(Page.Replace("<title>", "<script type='application/ld+json'>{\"@type\": </script><title>")));
        Assert.Equal(Shape(Samples.Parse(Samples.Full)), Shape(broken.Article!)); // broken JSON-LD tells nothing
    }

    [Theory]
    [InlineData("/markets/rally-2023-02-01/", null)] // relative: no address without the site
    [InlineData("javascript:alert(1)", null)]
    [InlineData("https://www.example.com/markets/rally-2023-02-01/", "https://www.example.com/markets/rally-2023-02-01/")]
    public void OnlyAWholeWebAddressIsThePagesAddress(string canonical, string? url)
    {
        var page = Page.Replace("https://www.example.com/markets/rally-2023-02-01/", canonical);
        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!;
        Assert.Equal("Markets rally as central bank holds rates", a.Headline);
        Assert.Equal(url, a.Url);
        Assert.Equal(Shape(Samples.Parse(Samples.Full)), Shape(a));
    }

    [Fact]
    public void TheOpenGraphAddressStandsInForARelativeCanonicalOne()
    {
        var page = Page.Replace("https://www.example.com/markets/rally-2023-02-01/", "/markets/rally-2023-02-01/")
            .Replace("<title>", "<meta property=\"og:url\" content=\"https://www.example.com/markets/rally-2023-02-01/\"><title>");
        Assert.Equal("https://www.example.com/markets/rally-2023-02-01/", HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(page)).Article!.Url);
    }

    [Theory]
    [InlineData("page.html", "x", true)]
    [InlineData("page.HTM", "x", true)]
    [InlineData("page.txt", "\uFEFF  <!doctype html><p>x", true)] // saved as text, but the page's source
    [InlineData("page.txt", "<html><body>x", true)]
    [InlineData("page.txt", "Headline\n\n<b>not a page</b>", false)]
    [InlineData("page.txt", "<Headline in brackets>", false)]
    // A story's part of a page copied as its markup ("Copy outerHTML") and saved as text.
    [InlineData("story.txt", "<article class=\"story\">\n<h1>x</h1>", true)]
    [InlineData("story.txt", "<DIV>x</DIV>", true)]
    [InlineData("story.txt", "<p>x", true)]
    [InlineData("story.txt", "<!-- saved -->\n<main>", true)]
    [InlineData("story.txt", "<!DOCTYPE html\n  PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">", true)]
    [InlineData("story.txt", "<pre>x", false)] // "<p" must end the tag's name
    [InlineData("story.txt", "<articles of faith>", false)]
    public void HtmlIsKnownByItsNameOrItsOpening(string name, string text, bool html) =>
        Assert.Equal(html, HtmlArticleParser.IsHtml(name, Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void AStorysMarkupSavedAsTextReadsAsTheSavedPage()
    {
        // The seed's page without its head, navigation or footer: its <main> alone, copied as its markup.
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Captures", "seed-page.html"));
        var fragment = page[page.IndexOf("<main", StringComparison.Ordinal)..(page.IndexOf("</main>", StringComparison.Ordinal) + "</main>".Length)];
        var seed = Samples.ParseBytes(Samples.SeedBytes);
        Assert.True(HtmlArticleParser.IsHtml("story.txt", Encoding.UTF8.GetBytes(fragment)));

        var a = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(fragment)).Article!;

        Assert.Equal(seed.Headline, a.Headline);
        Assert.Equal(seed.ImageCaption, a.ImageCaption);
        Assert.Equal(seed.Authors, a.Authors);
        Assert.Equal(seed.Paragraphs, a.Paragraphs);
        Assert.Equal(seed.Recommended, a.Recommended);
    }

    [Fact]
    public void APageWithoutAStoryIsRejectedWithAReason() =>
        Assert.Equal("the HTML page holds no text", HtmlArticleParser.Parse("<!DOCTYPE html><html><head><title></title></head><body><script>x()</script></body></html>"u8).Reason);

    [Fact]
    public async Task ASavedPageInTheSeedsFolderShowsUpLikeACapture()
    {
        using var seeds = new TempSeedFolder().WithSeed().WithFile("markets.html", Page).WithFile("empty.htm", "<!DOCTYPE html><title></title>");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var api = await client.GetFromJsonAsync<JsonElement>("/api/articles/markets-rally-as-central-bank-holds-rates");
        Assert.Equal("markets.html", api.GetProperty("source").GetString());
        Assert.Equal(2, api.GetProperty("recommended").GetArrayLength());
        var doc = await client.GetPageAsync("/articles/markets-rally-as-central-bank-holds-rates");
        Assert.Equal("LONDON (AFP)", doc.QuerySelector(".story-body .dateline").Text());
        Assert.Empty(doc.QuerySelectorAll("main script"));

        var report = await client.GetFromJsonAsync<JsonElement>("/api/ingestion");
        var rejected = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal("empty.htm", rejected.GetProperty("source").GetString());
        Assert.Equal("the HTML page holds no text", rejected.GetProperty("reason").GetString());
    }

    [Fact]
    public void APageNestedVeryDeepFinishes()
    {
        var deep = "<!DOCTYPE html><html><body><h1>Deep</h1>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "LONDON (AFP) - Text." + "</body></html>";
        var result = HtmlArticleParser.Parse(Encoding.UTF8.GetBytes(deep));
        Assert.True(result.Article is not null || result.Reason is not null);
    }
}
