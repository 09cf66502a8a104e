namespace NewsReader.Web.Ingestion;

/// <summary>What the last ingestion loaded and what it rejected, with each file's reason.</summary>
public sealed record IngestionReport(string Folder, IReadOnlyList<LoadedFile> Loaded, IReadOnlyList<Rejection> Rejected)
{
    public static IngestionReport Empty(string folder) => new(folder, [], []);
}

public sealed record LoadedFile(string Source, string Slug);
