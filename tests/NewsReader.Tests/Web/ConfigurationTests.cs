using Microsoft.Extensions.Options;
using NewsReader.Web.Web;

namespace NewsReader.Tests.Web;

/// <summary>A setting out of its range stops the app at start-up, naming the setting, rather than running misconfigured.</summary>
public class ConfigurationTests
{
    [Theory]
    [InlineData("Seeds:MaxFiles", "0", "MaxFiles")]
    [InlineData("RateLimiting:Search:PermitLimit", "0", "PermitLimit")]
    // Were taken as they came: a budget of 0 or less kept one answer at a time, dropping it for the next.
    [InlineData("ResponseCache:MaxEntries", "0", "MaxEntries")]
    [InlineData("ResponseCache:MaxBytes", "-1", "MaxBytes")]
    [InlineData("ResponseCache:MaxSearchEntries", "-5", "MaxSearchEntries")]
    [InlineData("ResponseCache:MaxSearchBytes", "0", "MaxSearchBytes")]
    // Was taken as it came, and the host failed at shutdown with "Specified argument was out of the range".
    [InlineData("ShutdownTimeoutSeconds", "-1", "ShutdownTimeoutSeconds")]
    [InlineData("ShutdownTimeoutSeconds", "86400000", "ShutdownTimeoutSeconds")]
    public void ASettingOutOfItsRangeStopsTheStart(string key, string value, string member)
    {
        using var app = new NewsReaderFactory { Settings = { [key] = value } };
        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains(member, error.Message);
    }
}

/// <summary>Started from another folder, the app reads the settings shipped beside it.</summary>
public sealed class AppContentRootTests : IDisposable
{
    readonly string _current = Directory.CreateTempSubdirectory("nr-cwd-").FullName;
    readonly string _app = Directory.CreateTempSubdirectory("nr-app-").FullName;

    public AppContentRootTests() => File.WriteAllText(Path.Combine(_app, "appsettings.json"), "{}");

    public void Dispose()
    {
        Directory.Delete(_current, recursive: true);
        Directory.Delete(_app, recursive: true);
    }

    static string? NoEnvironment(string name) => null;

    [Fact]
    public void AFolderWithoutSettingsGivesWayToTheAppsOwn() =>
        Assert.Equal(_app, AppContentRoot.Choose([], _current, _app, NoEnvironment));

    [Fact]
    public void AFolderWithSettingsIsKept()
    {
        File.WriteAllText(Path.Combine(_current, "appsettings.json"), "{}");
        Assert.Null(AppContentRoot.Choose([], _current, _app, NoEnvironment));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/news")]
    [InlineData("--contentroot")]
    public void AContentRootGivenOnTheCommandLineWins(string arg) =>
        Assert.Null(AppContentRoot.Choose([arg, "/srv/news"], _current, _app, NoEnvironment));

    [Theory]
    [InlineData("ASPNETCORE_CONTENTROOT")]
    [InlineData("DOTNET_CONTENTROOT")]
    public void AContentRootGivenInTheEnvironmentWins(string variable) =>
        Assert.Null(AppContentRoot.Choose([], _current, _app, name => name == variable ? "/srv/news" : null));

    [Fact]
    public void AnAppWithoutSettingsLeavesTheHostsChoice()
    {
        File.Delete(Path.Combine(_app, "appsettings.json"));
        Assert.Null(AppContentRoot.Choose([], _current, _app, NoEnvironment));
    }
}
