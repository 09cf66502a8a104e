using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Web;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NewsReader.Tests.Web;

public class LogLineEscapingTests
{
    sealed class Capture : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();
        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
    }

    static string Render(LogEvent logEvent)
    {
        var text = new StringWriter();
        new MessageTemplateTextFormatter("[{Level:u3}] {Message:lj} {RequestId}").Format(logEvent, text);
        return text.ToString();
    }

    [Fact]
    public void ControlCharactersInAPropertyAreWrittenAsEscapes()
    {
        var capture = new Capture();
        using (var logger = new LoggerConfiguration().Enrich.WithEscapedControlCharacters().WriteTo.Sink(capture).CreateLogger())
            logger.Information("Loaded {Source}: {Headline} ({Count})", "a\n[12:00:00 ERR] forged\r\u001b[31mred\u2028.txt", "Tabs\tstay", 3);

        var line = Render(Assert.Single(capture.Events));
        Assert.Equal("[INF] Loaded a\\n[12:00:00 ERR] forged\\r\\u001b[31mred\\u2028.txt: Tabs\tstay (3) ", line);
    }

    [Fact]
    public void AnEventWithNothingToEscapeKeepsItsValues()
    {
        var capture = new Capture();
        using (var logger = new LoggerConfiguration().Enrich.WithEscapedControlCharacters().WriteTo.Sink(capture).CreateLogger())
            logger.Information("HTTP {RequestPath} in {Elapsed}", "/articles/été", 1.5);
        var logEvent = Assert.Single(capture.Events);
        Assert.Equal("/articles/été", ((ScalarValue)logEvent.Properties["RequestPath"]).Value);
        Assert.Equal(1.5, ((ScalarValue)logEvent.Properties["Elapsed"]).Value);
    }

    [Fact]
    public async Task ARequestCannotForgeALineInTheRequestLog()
    {
        var capture = new Capture();
        using var app = new NewsReaderFactory { Settings = { ["Serilog:MinimumLevel:Default"] = "Information" } }
            .WithWebHostBuilder(host => host.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(capture)));

        await app.CreateClient().GetAsync("/a%0A%5B12:00:00%20ERR%5D%20forged%1B%5B2J");

        var request = capture.Events.Single(e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString().Contains("forged"));
        var line = Render(request);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u001b', line);
        Assert.Contains("/a\\n[12:00:00 ERR] forged\\u001b[2J responded 404", line);
    }
}
