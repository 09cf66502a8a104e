using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Ingestion;

/// <summary>Where the seed files live and how much of them the app will read. Bound to the "Seeds" section.</summary>
public sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>
    /// The seeds folder. Absolute, or relative to the working directory; the default "seeds" is also
    /// looked for above the app's content root, so `dotnet run` finds the repository's folder from anywhere.
    /// </summary>
    [Required]
    public string Path { get; set; } = "seeds";

    /// <summary>Files larger than this are rejected unread. Default 5 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>At most this many files are read (the first, by name); the rest are reported, not read.</summary>
    [Range(1, int.MaxValue)]
    public int MaxFiles { get; set; } = 100_000;

    /// <summary>A file with a longer line is rejected: no capture has one, and it bounds the work per line.</summary>
    [Range(80, int.MaxValue)]
    public int MaxLineLength { get; set; } = 64 * 1024;

    /// <summary>Recommended stories kept per article, in file order; the rest are dropped.</summary>
    [Range(0, 100_000)]
    public int MaxTeasers { get; set; } = 200;

    public ParseLimits Limits => new(MaxLineLength, MaxTeasers);

    /// <summary>Watch the folder and apply changes while running. Default on.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Quiet time after a file-system event before reloading, so a burst of events makes one reload.</summary>
    [Range(0, 10_000)]
    public int DebounceMilliseconds { get; set; } = 200;

    /// <summary>A file changed more recently than this is taken to be still being written, and read later.</summary>
    [Range(0, 60_000)]
    public int SettleMilliseconds { get; set; } = 300;

    /// <summary>A full rescan this often catches whatever the watcher missed.</summary>
    [Range(1, 86_400)]
    public int RescanSeconds { get; set; } = 30;
}
