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
}
