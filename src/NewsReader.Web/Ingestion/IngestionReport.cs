namespace NewsReader.Web.Ingestion;

/// <summary>
/// What the last ingestion loaded and what it rejected, with each file's reason; how many files the folder
/// holds, when the library last changed, and why the folder itself could not be read, if it could not.
/// </summary>
public sealed record IngestionReport(string Folder, IReadOnlyList<LoadedFile> Loaded, IReadOnlyList<Rejection> Rejected)
{
    public int FileCount { get; init; }
    public DateTimeOffset LastChanged { get; init; }

    /// <summary>Why the folder could not be listed, to go after its path ("does not exist", "is a file, not a folder"), or null.</summary>
    public string? FolderProblem { get; init; }

    public static IngestionReport Empty(string folder) => new(folder, [], []);
}

/// <summary>A file that loaded, and the slug of the article it shows as.</summary>
public sealed record LoadedFile(string Source, string Slug)
{
    /// <summary>
    /// When the file is another capture of an article the library shows from a fuller one: that file's name
    /// (the article is shown once, from it); else null.
    /// </summary>
    public string? SameAs { get; init; }

    /// <summary>How the file was read, when that was a guess (<see cref="ParseResult.Note"/>); else null.</summary>
    public string? Note { get; init; }
}
