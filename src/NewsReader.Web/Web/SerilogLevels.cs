using Serilog;
using Serilog.Events;

namespace NewsReader.Web.Web;

public static class SerilogLevels
{
    /// <summary>
    /// Reads "Serilog:MinimumLevel:Default" and "Serilog:MinimumLevel:Override:{Source}" from configuration:
    /// the only Serilog settings this app takes from configuration (sinks are set in code). Doing it here
    /// rather than with ReadFrom.Configuration spares start-up its assembly scan.
    /// </summary>
    public static LoggerConfiguration ReadLevels(this LoggerConfiguration logger, IConfiguration configuration)
    {
        var section = configuration.GetSection("Serilog:MinimumLevel");
        if (Enum.TryParse<LogEventLevel>(section["Default"] ?? section.Value, ignoreCase: true, out var level))
            logger.MinimumLevel.Is(level);
        foreach (var source in section.GetSection("Override").GetChildren())
            if (Enum.TryParse<LogEventLevel>(source.Value, ignoreCase: true, out var sourceLevel))
                logger.MinimumLevel.Override(source.Key, sourceLevel);
        return logger;
    }
}
