using System.Collections.Frozen;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Articles;

/// <summary>
/// The whole library at one moment: articles in stable order, a slug index, every recommended story once,
/// and the ingestion report that produced it. Immutable and built once per ingestion, so a request that
/// takes it once sees one consistent library and pays for no index at request time.
/// </summary>
public sealed class LibrarySnapshot
{
    readonly FrozenDictionary<string, Article> _bySlug;
    readonly FrozenDictionary<string, Story> _storiesBySlug;
    readonly FrozenDictionary<string, Story> _storiesByKey;

    public LibrarySnapshot(IReadOnlyList<Article> articles, IngestionReport report)
    {
        Articles = articles;
        Report = report;
        _bySlug = articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        Stories = BuildStories(articles);
        _storiesBySlug = Stories.ToFrozenDictionary(s => s.Slug, StringComparer.Ordinal);
        _storiesByKey = Stories.ToFrozenDictionary(s => TitleKey.Of(s.Title), StringComparer.Ordinal);
    }

    public IReadOnlyList<Article> Articles { get; }
    public IngestionReport Report { get; }

    /// <summary>Every recommended story once, the most recommended first, then in order of first appearance.</summary>
    public IReadOnlyList<Story> Stories { get; }

    public Article? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public Story? FindStory(string slug) => _storiesBySlug.GetValueOrDefault(slug);

    /// <summary>The story a teaser belongs to; every teaser in the library has one.</summary>
    public Story StoryOf(Teaser teaser) => _storiesByKey[TitleKey.Of(teaser.Title)];

    public static LibrarySnapshot Empty { get; } = new([], IngestionReport.Empty(""));

    static List<Story> BuildStories(IReadOnlyList<Article> articles)
    {
        var byHeadline = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in articles) byHeadline.TryAdd(TitleKey.Of(a.Headline), a);

        var groups = new Dictionary<string, (Teaser First, List<Article> By, int Order)>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            foreach (var teaser in article.Recommended)
            {
                var key = TitleKey.Of(teaser.Title);
                if (!groups.TryGetValue(key, out var group))
                    groups[key] = group = (teaser, [], groups.Count);
                else if (group.First.Summary is null && teaser.Summary is not null)
                    groups[key] = group = group with { First = teaser };
                if (!group.By.Contains(article)) group.By.Add(article);
            }
        }

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        return groups
            .OrderByDescending(g => g.Value.By.Count).ThenBy(g => g.Value.Order)
            .Select(g =>
            {
                var t = g.Value.First;
                var slug = Slug.From(t.Title, "story");
                for (var n = 2; !slugs.Add(slug); n++) slug = $"{Slug.From(t.Title, "story")}-{n}";
                return new Story(slug, t.Title, t.Summary, t.Truncated, g.Value.By, byHeadline.GetValueOrDefault(g.Key));
            })
            .ToList();
    }
}
