using System.Text;
using NewsReader.SeedGenerator;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Benchmarks;

/// <summary>The synthetic library the benchmarks share: captures as bytes, and the parsed snapshot.</summary>
static class Corpus
{
    /// <summary>The real capture the project started from: the first file of the seed family.</summary>
    public static byte[] RealSeed() => File.ReadAllBytes(Path.Combine(Repository.Root, "seeds", "000_edb2a65bb37253f4.txt"));

    /// <summary>
    /// News pages saved as HTML, one a header's shape: a Reuters-like page (caption, byline as a link,
    /// recommended stories aside), The Guardian's (standfirst, caption, byline without "By" in an
    /// &lt;address&gt;, &lt;time&gt;), AP's (section above the headline, related links mid-story).
    /// </summary>
    public static byte[][] SavedPages() =>
    [
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>T | Reuters</title><link rel=canonical href='https://example.com/a'></head><body>" +
            "<nav>Home</nav><main><article><h1>NATO chief stresses ties</h1><figure><figcaption>A caption</figcaption></figure><div>By <a>Jane Doe</a></div>" +
            "<p>TOKYO (Reuters) - Body <b>text</b>.</p><ul><li>A point</li></ul><p>(Reporting by Jane Doe)</p></article><aside><h2>Recommended Stories</h2>" +
            "<ul><li><h3>Title</h3><p>Summary.</p></li></ul></aside></main><script>x()</script></body></html>"),
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Nato chief urges closer ties | The Guardian</title></head><body><main><article><header>" +
            "<div><a href='/world/nato'>Nato</a></div><h1>Nato chief urges closer ties with Japan</h1><div class='standfirst'><p>Jens Stoltenberg says Europe " +
            "cannot ignore what happens in east Asia as he visits Tokyo</p></div><figure><img alt=''><figcaption><span>Jens Stoltenberg in Tokyo.</span> " +
            "Photograph: Issei Kato/Reuters</figcaption></figure><address><a rel='author' href='/profile/jm'>Justin McCurry</a> in Tokyo</address>" +
            "<time>Wed 1 Feb 2023 06.22 GMT</time></header><div><p>The head of Nato has called for closer ties with Japan.</p><p>He urged democracies " +
            "to work together.</p></div></article></main></body></html>"),
        Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>Japan, NATO agree | AP News</title></head><body><main><div class='crumbs'><a>WORLD NEWS</a></div>" +
            "<h1>Japan, NATO agree to deepen ties</h1><figure><img><figcaption>Leaders shake hands in Tokyo. (AP Photo/Eugene Hoshiko)</figcaption></figure>" +
            "<div class='Page-byline'><span>By </span><a>MARI YAMAGUCHI</a></div><span>Updated 9:42 PM GMT+9, February 1, 2023</span><div>" +
            "<p>TOKYO (AP) — NATO's chief on Wednesday stressed the importance of working with partners.</p><div class='related'><h2>Related coverage</h2>" +
            "<ul><li><a href='/a'>Oil slips as supply worries ease</a></li><li><a href='/b'>Bonds steady</a></li></ul></div>" +
            "<p>The war in Ukraine shows security is interconnected, he said.</p><p>Associated Press writer Hyung-jin Kim in Seoul contributed to this " +
            "report.</p></div></main></body></html>"),
    ];

    public static byte[][] Captures(int count) =>
        [.. SyntheticLibrary.Generate(count).Select(c => Encoding.UTF8.GetBytes(c.Text))];

    public static LibrarySnapshot Snapshot(int count)
    {
        var slugs = new HashSet<string>();
        var articles = new List<Article>();
        var i = 0;
        foreach (var bytes in Captures(count))
        {
            var a = ArticleParser.Parse(bytes).Article!;
            articles.Add(a with { Slug = Slug.Unique(a.Headline, slugs), Source = $"{i++:D6}.txt" });
        }
        return new LibrarySnapshot(articles, IngestionReport.Empty(""));
    }
}
