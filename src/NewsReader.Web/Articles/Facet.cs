using System.Globalization;

namespace NewsReader.Web.Articles;

/// <summary>A way to browse the library: one author, agency or dateline place, and its articles in library order.</summary>
public sealed record Facet(string Slug, string Name, IReadOnlyList<Article> Articles)
{
    /// <summary>
    /// Groups articles by the names <paramref name="namesOf"/> gives, keyed by slug ("Sakura Murakami" →
    /// "sakura-murakami"). A group is named as its first article writes it, unless a later one writes it in
    /// mixed case where that one used capitals only ("TOKYO", then "Tokyo"); <paramref name="nameAs"/>, when
    /// given, then turns that name into the one pages show (a dateline's "TOKYO" into "Tokyo").
    /// </summary>
    public static IReadOnlyDictionary<string, Facet> Build(IReadOnlyList<Article> articles, Func<Article, IEnumerable<string>> namesOf, string fallbackPrefix,
        Func<string, string>? nameAs = null)
    {
        var groups = new Dictionary<string, (string Name, List<Article> Articles)>(StringComparer.Ordinal);
        foreach (var article in articles)
            foreach (var name in namesOf(article).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var slug = NewsReader.Web.Articles.Slug.From(name, fallbackPrefix);
                if (!groups.TryGetValue(slug, out var group)) groups[slug] = group = (name, []);
                else if (!group.Name.Any(char.IsLower) && name.Any(char.IsLower)) groups[slug] = group = (name, group.Articles);
                if (group.Articles.Count == 0 || !ReferenceEquals(group.Articles[^1], article)) group.Articles.Add(article); // articles come in order
            }
        return groups.ToDictionary(g => g.Key, g => new Facet(g.Key, nameAs is null ? g.Value.Name : nameAs(g.Value.Name), g.Value.Articles), StringComparer.Ordinal);
    }

    // By name as a reader looks one up: case and accents aside ("Élise" under E, not after Z).
    static readonly StringComparer NameOrder = StringComparer.Create(CultureInfo.InvariantCulture, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace);

    /// <summary>The facets in the order their index lists them (the /authors page and /api/authors alike): by name.</summary>
    public static IReadOnlyList<Facet> ByName(IEnumerable<Facet> facets) =>
        [.. facets.OrderBy(f => f.Name, NameOrder).ThenBy(f => f.Slug, StringComparer.Ordinal)];
}
