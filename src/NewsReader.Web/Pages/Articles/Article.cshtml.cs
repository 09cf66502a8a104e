using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Search;

namespace NewsReader.Web.Pages.Articles;

public sealed class ArticleModel(ArticleStore store) : ReaderPageModel
{
    public Article Article { get; private set; } = null!;
    public LibrarySnapshot Library { get; private set; } = LibrarySnapshot.Empty;
    public IReadOnlyList<Credit> Credits { get; private set; } = [];

    /// <summary>"original" shows the publisher's order; otherwise related stories come first.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Order { get; set; }

    public bool PublisherOrder => Order == "original";
    public IReadOnlyList<TeaserRelevance> Teasers { get; private set; } = [];
    public IReadOnlyList<Article> MoreFromLibrary { get; private set; } = [];

    public IActionResult OnGet(string slug)
    {
        Library = store.Current;
        if (!Slug.IsWellFormed(slug) || Library.Find(slug) is not { } article) return NotFound();
        Article = article;
        Credits = Credit.ParseAll(article.Credits);
        var ranked = Library.Index.RankTeasers(article, Library.StoryOf);
        Teasers = PublisherOrder ? [.. ranked.OrderBy(t => t.FileOrder)] : ranked;
        MoreFromLibrary = Library.Index.SimilarArticles(article);
        var description = Typesetter.Excerpt(article, 160);
        Meta = new PageMeta($"{article.Headline} · NewsReader", description, $"/articles/{article.Slug}")
        {
            OgType = "article",
            ArticleAuthors = article.Authors,
            JsonLd = NewsArticleJsonLd(article, description),
            Section = "library",
        };
        return Page();
    }

    // schema.org NewsArticle. System.Text.Json escapes <, > and &, so the text cannot close the script element.
    string NewsArticleJsonLd(Article a, string description)
    {
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["headline"] = a.Headline,
            ["description"] = description,
            ["url"] = $"{Request.Scheme}://{Request.Host}/articles/{a.Slug}",
            ["author"] = a.Authors.Select(n => new Dictionary<string, string> { ["@type"] = "Person", ["name"] = n }).ToList(),
            ["wordCount"] = ReadTime.Words(a.Paragraphs),
        };
        if (a.Published is { } published) data["datePublished"] = published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (a.Dateline is { } d)
        {
            if (d.Place is not null) data["dateline"] = d.Place;
            if (d.Agency is not null)
                data["publisher"] = new Dictionary<string, string> { ["@type"] = "Organization", ["name"] = d.Agency };
        }
        if (a.ImageCaption is not null) data["abstract"] = a.ImageCaption;
        return JsonSerializer.Serialize(data);
    }
}
