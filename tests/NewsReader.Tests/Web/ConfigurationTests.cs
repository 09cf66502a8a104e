using Microsoft.Extensions.Options;

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
