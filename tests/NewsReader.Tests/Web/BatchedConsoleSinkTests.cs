using System.Text;
using NewsReader.Web.Web;
using Serilog;
using Serilog.Formatting.Display;

namespace NewsReader.Tests.Web;

public class BatchedConsoleSinkTests
{
    static (Serilog.Core.Logger Logger, MemoryStream Output) Logger(TimeSpan interval, int queueLimit = 100_000)
    {
        var output = new MemoryStream();
        var sink = new BatchedConsoleSink(new MessageTemplateTextFormatter("{Level:u3} {Message:lj}{NewLine}"), output, interval, queueLimit);
        return (new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(sink).CreateLogger(), output);
    }

    static string[] Lines(MemoryStream output) =>
        Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void DisposingWritesEveryQueuedEventInOrder()
    {
        // An hour between batches: nothing is written until the logger is disposed (host shutdown).
        var (logger, output) = Logger(TimeSpan.FromHours(1));
        for (var i = 0; i < 500; i++) logger.Information("request {Number}", i);
        Assert.Empty(output.ToArray());

        logger.Dispose();

        var lines = Lines(output);
        Assert.Equal(500, lines.Length);
        Assert.Equal("INF request 0", lines[0]);
        Assert.Equal("INF request 499", lines[^1]);
    }

    [Fact]
    public void BeyondTheQueueLimitEventsAreDroppedAndCounted()
    {
        var (logger, output) = Logger(TimeSpan.FromHours(1), queueLimit: 3);
        for (var i = 0; i < 10; i++) logger.Warning("event {Number}", i);
        logger.Dispose();

        var lines = Lines(output);
        Assert.Equal(["WRN event 0", "WRN event 1", "WRN event 2", "[log] 7 events dropped: the output did not keep up"], lines);
    }

    [Fact]
    public async Task EventsAreWrittenOnTheClockWithoutShutdown()
    {
        var output = new FlushSignallingStream();
        var sink = new BatchedConsoleSink(new MessageTemplateTextFormatter("{Level:u3} {Message:lj}{NewLine}"), output, TimeSpan.FromMilliseconds(10));
        using var logger = new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger();

        logger.Error("the first line");

        // Waits for the background write itself; the timeout only guards against a hang.
        var written = await output.Flushed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("ERR the first line\n", written);
    }

    sealed class FlushSignallingStream : MemoryStream
    {
        readonly TaskCompletionSource<string> _flushed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public Task<string> Flushed => _flushed.Task;

        public override void Flush()
        {
            base.Flush();
            _flushed.TrySetResult(Encoding.UTF8.GetString(ToArray()));
        }
    }
}
