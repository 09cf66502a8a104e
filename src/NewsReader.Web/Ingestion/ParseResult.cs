using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>What parsing one file gives: an article, or the reason there is none.</summary>
public sealed record ParseResult(Article? Article, string? Reason)
{
    public static ParseResult Ok(Article article) => new(article, null);
    public static ParseResult Rejected(string reason) => new(null, reason);
}
