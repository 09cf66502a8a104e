using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>What parsing one file gives: an article, or the reason there is none.</summary>
public sealed record ParseResult(Article? Article, string? Reason)
{
    /// <summary>How the file was read, when that was a guess the reader may want to check ("Read as windows-1251, …"); else null.</summary>
    public string? Note { get; init; }

    /// <summary>This result with <paramref name="note"/>, when it is an article without a note of its own; else as it is.</summary>
    public ParseResult WithNote(string? note) => note is null || Article is null || Note is not null ? this : this with { Note = note };

    public static ParseResult Ok(Article article) => new(article, null);
    public static ParseResult Rejected(string reason) => new(null, reason);
}
