using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>What parsing one file gives: an article, or the reason there is none.</summary>
public sealed record ParseResult(Article? Article, string? Reason)
{
    /// <summary>How the file was read, when that was a guess the reader may want to check ("Read as windows-1251, …"); else null.</summary>
    public string? Note { get; init; }

    public static ParseResult Ok(Article article) => new(article, null);
    public static ParseResult Rejected(string reason) => new(null, reason);
}
