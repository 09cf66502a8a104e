using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsReader.Tests;

/// <summary>The app over a seeds folder: the bundled test seeds unless a test brings its own.</summary>
public class NewsReaderFactory : WebApplicationFactory<Program>
{
    public string SeedsPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "TestSeeds");

    /// <summary>Extra configuration for one test ("RateLimiting:Search:PermitLimit" = "3", say).</summary>
    public Dictionary<string, string> Settings { get; init; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seeds:Path", SeedsPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }
}
