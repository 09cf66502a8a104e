using System.Buffers;
using System.Globalization;
using System.Text;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;

namespace NewsReader.Web.Web;

/// <summary>
/// One event, one log line. A request's path or a seed file's name may hold a line break
/// (<c>GET /a%0A[12:00:00 ERR] forged</c>) or a terminal escape (ESC); written as they are, they would forge
/// a log line of their own, or recolour and rewrite the operator's terminal (CWE-117). Every string
/// property's control characters and line separators are written as escapes instead (<c>\n</c>,
/// <c>\r</c>, <c>\u001b</c>); a tab stays. An exception's own text, below its event's line, is left whole.
/// </summary>
public sealed class LogLineEscaping : ILogEventEnricher
{
    static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\t').Select(c => (char)c), '\x7f', .. Enumerable.Range(0x80, 0x20).Select(c => (char)c), '\u2028', '\u2029']);

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? escaped = null;
        // Serilog keeps them in a Dictionary: enumerated as one, with no enumerator boxed for every event.
        if (logEvent.Properties is Dictionary<string, LogEventPropertyValue> properties)
            foreach (var (name, value) in properties) Check(name, value, ref escaped);
        else
            foreach (var (name, value) in logEvent.Properties) Check(name, value, ref escaped);
        if (escaped is null) return; // nearly always: a search of each string, no allocation
        foreach (var property in escaped) logEvent.AddOrUpdateProperty(property);
    }

    static void Check(string name, LogEventPropertyValue value, ref List<LogEventProperty>? escaped)
    {
        if (value is ScalarValue { Value: string text } && text.AsSpan().ContainsAny(Unsafe))
            (escaped ??= []).Add(new LogEventProperty(name, new ScalarValue(Escape(text))));
    }

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!Unsafe.Contains(c)) escaped.Append(c);
            else if (c == '\n') escaped.Append("\\n");
            else if (c == '\r') escaped.Append("\\r");
            else escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
        }
        return escaped.ToString();
    }
}

public static class LogLineEscapingExtensions
{
    /// <summary>Escapes control characters in every string property (see <see cref="LogLineEscaping"/>).</summary>
    public static LoggerConfiguration WithEscapedControlCharacters(this LoggerEnrichmentConfiguration enrich) =>
        enrich.With<LogLineEscaping>();
}
