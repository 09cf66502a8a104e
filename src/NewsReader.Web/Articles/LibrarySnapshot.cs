using System.Collections.Frozen;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Articles;

/// <summary>
/// The whole library at one moment: articles in stable order, a slug index, and the ingestion report
/// that produced it. Immutable, so a request that takes it once sees one consistent library.
/// </summary>
public sealed class LibrarySnapshot
{
    public LibrarySnapshot(IReadOnlyList<Article> articles, IngestionReport report)
    {
        Articles = articles;
        Report = report;
        BySlug = articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
    }

    public IReadOnlyList<Article> Articles { get; }
    public IngestionReport Report { get; }
    public FrozenDictionary<string, Article> BySlug { get; }

    public Article? Find(string slug) => BySlug.GetValueOrDefault(slug);

    public static LibrarySnapshot Empty { get; } = new([], IngestionReport.Empty(""));
}
