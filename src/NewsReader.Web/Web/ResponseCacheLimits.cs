namespace NewsReader.Web.Web;

/// <summary>Bounds on the rendered-response cache (bound to "ResponseCache").</summary>
public sealed class ResponseCacheLimits
{
    public const string Section = "ResponseCache";

    public int MaxEntries { get; set; } = 20_000;
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
    public int MaxSearchEntries { get; set; } = 1_000;
    public long MaxSearchBytes { get; set; } = 16L * 1024 * 1024;
}
