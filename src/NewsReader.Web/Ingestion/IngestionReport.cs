namespace NewsReader.Web.Ingestion;

/// <summary>
/// What the last ingestion loaded and what it rejected, with each file's reason; how many files the folder
/// holds and when the library last changed.
/// </summary>
public sealed record IngestionReport(string Folder, IReadOnlyList<LoadedFile> Loaded, IReadOnlyList<Rejection> Rejected)
{
    public int FileCount { get; init; }
    public DateTimeOffset LastChanged { get; init; }

    public static IngestionReport Empty(string folder) => new(folder, [], []);
}

public sealed record LoadedFile(string Source, string Slug);
