using System.Buffers;
using System.Text;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace NewsReader.Web.Web;

/// <summary>
/// Writes log events to a stream (standard output) in batches, on a clock. A server under load logs a
/// line per request: emitting one formats it there and then, on the caller's thread, and appends its
/// UTF-8 bytes to a buffer; a background loop wakes every 50 ms and writes whatever has gathered with one
/// call. Nothing but bytes waits, so no event objects live long enough to be promoted by the GC.
/// Measured on the benchmark machine (benchmarks/README.md): the console sink behind Serilog's async
/// wrapper cost about 14 µs of CPU a request (a write and a flush per line, a queue that spins while it
/// waits); a queue of the events themselves, formatted later, cost a quarter of the article page's
/// throughput, most of it in collections of the events that waited. At most 100,000 lines wait: beyond
/// that (a stalled terminal) new events are counted and dropped rather than slowing requests or growing memory.
/// </summary>
public sealed class BatchedConsoleSink : ILogEventSink, IDisposable
{
    const int KeptCapacity = 1 << 20; // a buffer grown past this by a burst is not kept for the next one

    [ThreadStatic] static StringWriter? t_line;

    readonly ITextFormatter _formatter;
    readonly Stream _output;
    readonly TimeSpan _interval;
    readonly int _queueLimit;
    readonly Lock _gate = new();
    readonly CancellationTokenSource _stopping = new();
    readonly Task _loop;
    ArrayBufferWriter<byte> _pending = new(64 * 1024); // appended to by Emit, under _gate
    ArrayBufferWriter<byte> _writing = new(64 * 1024); // written by Drain, which runs on one thread at a time
    int _count;
    long _dropped;

    public BatchedConsoleSink(ITextFormatter formatter, Stream output, TimeSpan? interval = null, int queueLimit = 100_000)
    {
        _formatter = formatter;
        _output = output;
        _interval = interval ?? TimeSpan.FromMilliseconds(50);
        _queueLimit = queueLimit;
        _loop = Task.Run(WriteLoopAsync);
    }

    public void Emit(LogEvent logEvent)
    {
        var line = t_line ??= new StringWriter();
        var text = line.GetStringBuilder().Clear();
        _formatter.Format(logEvent, line);
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(0, chars, text.Length);
            lock (_gate)
            {
                if (_count >= _queueLimit)
                {
                    _dropped++;
                    return;
                }
                _count++;
                var bytes = _pending.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length));
                _pending.Advance(Encoding.UTF8.GetBytes(chars.AsSpan(0, text.Length), bytes));
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            if (text.Capacity > 64 * 1024) t_line = null; // one huge event (a long exception) is not kept
        }
    }

    async Task WriteLoopAsync()
    {
        using var timer = new PeriodicTimer(_interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
                Drain();
        }
        catch (OperationCanceledException)
        {
        }
    }

    void Drain()
    {
        long dropped;
        lock (_gate)
        {
            if (_pending.WrittenCount == 0 && _dropped == 0) return;
            (_pending, _writing) = (_writing, _pending);
            _count = 0;
            dropped = _dropped;
            _dropped = 0;
        }
        try
        {
            _output.Write(_writing.WrittenSpan);
            if (dropped > 0) _output.Write(Encoding.UTF8.GetBytes($"[log] {dropped} events dropped: the output did not keep up{Environment.NewLine}"));
            _output.Flush();
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // Nowhere left to report a broken standard output; the server goes on.
        }
        if (_writing.Capacity > KeptCapacity) _writing = new ArrayBufferWriter<byte>(64 * 1024);
        else _writing.ResetWrittenCount();
    }

    /// <summary>Writes what is still waiting, then closes the stream (at host shutdown).</summary>
    public void Dispose()
    {
        _stopping.Cancel();
        _loop.Wait();
        Drain();
        _output.Dispose();
        _stopping.Dispose();
    }
}

public static class BatchedConsoleSinkExtensions
{
    public static LoggerConfiguration BatchedConsole(this LoggerSinkConfiguration sink, string outputTemplate) =>
        sink.Sink(new BatchedConsoleSink(new MessageTemplateTextFormatter(outputTemplate), Console.OpenStandardOutput()));
}
