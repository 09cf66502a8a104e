using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NewsReader.BrowserTests;

/// <summary>
/// The app on a real 127.0.0.1 port (Kestrel, not the in-memory test server) over a temporary seeds
/// folder, in the Production environment so the production error pages and headers are what is tested.
/// </summary>
public sealed class ReaderApp : WebApplicationFactory<Program>
{
    public const string SeedSlug = "nato-chief-stresses-importance-of-indo-pacific-partners-amid-security-tensions";
    public const string SecondSlug = "nato-chief-urges-seoul-to-send-military-support-to-ukraine";

    public string SeedsPath { get; } = Directory.CreateTempSubdirectory("newsreader-browser-seeds-").FullName;

    public ReaderApp()
    {
        File.Copy(Path.Combine(Repository.Root, "seeds", "000_edb2a65bb37253f4.txt"), Path.Combine(SeedsPath, "000_edb2a65bb37253f4.txt"));
        // An article whose headline is one of the seed's recommended stories, so a teaser leads to a full article.
        File.WriteAllText(Path.Combine(SeedsPath, "001_seoul.txt"), """
            NATO chief urges Seoul to send military support to Ukraine

            By Josh Smith

            SEOUL (Reuters) - NATO Secretary-General Jens Stoltenberg on Monday called for South Korea to provide direct military support to Ukraine.

            "If we don't want autocracy and tyranny to win, then they need weapons," he said.
            """);
        UseKestrel(0);
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Seeds:Path", SeedsPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(SeedsPath, recursive: true); } catch (IOException) { }
    }
}
