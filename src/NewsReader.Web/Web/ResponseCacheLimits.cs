using System.ComponentModel.DataAnnotations;

namespace NewsReader.Web.Web;

/// <summary>Bounds on the rendered-response cache (bound to "ResponseCache"). Each at least 1: a budget of
/// nothing would keep one answer at a time, dropping it for the next.</summary>
public sealed class ResponseCacheLimits
{
    public const string Section = "ResponseCache";

    [Range(1, int.MaxValue)]
    public int MaxEntries { get; set; } = 20_000;

    [Range(1, long.MaxValue)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    [Range(1, int.MaxValue)]
    public int MaxSearchEntries { get; set; } = 1_000;

    [Range(1, long.MaxValue)]
    public long MaxSearchBytes { get; set; } = 16L * 1024 * 1024;
}
