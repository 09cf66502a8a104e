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
        if (TryParse(section["Default"] ?? section.Value, out var level))
            logger.MinimumLevel.Is(level);
        foreach (var source in section.GetSection("Override").GetChildren())
            if (TryParse(source.Value, out var sourceLevel))
                logger.MinimumLevel.Override(source.Key, sourceLevel);
        return logger;
    }

    /// <summary>A level name, or "Off" for a source that must never log (Serilog's <see cref="LevelAlias.Off"/>).</summary>
    static bool TryParse(string? value, out LogEventLevel level)
    {
        if (string.Equals(value, "Off", StringComparison.OrdinalIgnoreCase))
        {
            level = LevelAlias.Off;
            return true;
        }
        return Enum.TryParse(value, ignoreCase: true, out level);
    }
}
