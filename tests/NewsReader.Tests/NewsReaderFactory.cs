using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsReader.Tests;

/// <summary>The app over a seeds folder: the bundled test seeds unless a test brings its own.</summary>
public class NewsReaderFactory : WebApplicationFactory<Program>
{
    public string SeedsPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "TestSeeds");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Seeds:Path", SeedsPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseEnvironment("Testing");
    }
}
