using Microsoft.Extensions.Configuration;
using NewsReader.Web.Web;
using Serilog;
using Serilog.Events;

namespace NewsReader.Tests.Web;

public class SerilogLevelsTests
{
    static Serilog.Core.Logger FromSettings(Dictionary<string, string?> settings) =>
        new LoggerConfiguration().ReadLevels(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).CreateLogger();

    [Fact]
    public void OffSilencesASourceEntirelyWhileOthersKeepTheirLevels()
    {
        using var logger = FromSettings(new()
        {
            ["Serilog:MinimumLevel:Default"] = "Information",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Off",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Warning",
        });

        Assert.False(logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogEventLevel.Fatal));
        Assert.True(logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "Microsoft.AspNetCore.Routing").IsEnabled(LogEventLevel.Warning));
        Assert.False(logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "Microsoft.AspNetCore.Routing").IsEnabled(LogEventLevel.Information));
        Assert.True(logger.ForContext(Serilog.Core.Constants.SourceContextPropertyName, "NewsReader.Web").IsEnabled(LogEventLevel.Information));
    }

    [Fact]
    public void AnUnknownLevelNameIsIgnored()
    {
        using var logger = FromSettings(new() { ["Serilog:MinimumLevel:Default"] = "Loud" });
        Assert.True(logger.IsEnabled(LogEventLevel.Information));
        Assert.False(logger.IsEnabled(LogEventLevel.Debug));
    }
}
