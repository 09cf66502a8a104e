namespace NewsReader.Web.Ingestion;

/// <summary>Why a seed file did not become an article.</summary>
public sealed record Rejection(string Source, string Reason);
