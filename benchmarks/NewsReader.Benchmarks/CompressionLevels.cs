using System.Diagnostics;
using System.IO.Compression;

namespace NewsReader.Benchmarks;

/// <summary>
/// Size and time of each Brotli and gzip level on saved responses (pages fetched from a running app with
/// curl), to choose the levels the rendered-response cache compresses with: every page and every new search
/// is compressed once, while the first reader who asks for it waits.
/// </summary>
static class CompressionLevels
{
    static readonly (string Name, Func<byte[], int> Compress)[] Levels =
    [
        ("brotli 9", d => Brotli(d, 9)), ("brotli 6", d => Brotli(d, 6)), ("brotli 5", d => Brotli(d, 5)),
        ("brotli 4", d => Brotli(d, 4)), ("brotli 1", d => Brotli(d, 1)),
        ("gzip smallest", d => Gzip(d, CompressionLevel.SmallestSize)), ("gzip optimal", d => Gzip(d, CompressionLevel.Optimal)),
        ("gzip fastest", d => Gzip(d, CompressionLevel.Fastest)),
    ];

    public static void Run(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var data = File.ReadAllBytes(file);
            Console.WriteLine($"{Path.GetFileName(file)}: {data.Length:N0} bytes");
            foreach (var (name, compress) in Levels)
            {
                var size = 0;
                for (var i = 0; i < 30; i++) size = compress(data); // warm-up
                var best = double.MaxValue;
                for (var round = 0; round < 5; round++)
                {
                    var watch = Stopwatch.StartNew();
                    for (var i = 0; i < 40; i++) compress(data);
                    best = Math.Min(best, watch.Elapsed.TotalMicroseconds / 40);
                }
                Console.WriteLine($"  {name,-14} {size,8:N0} bytes {best,8:N0} µs");
            }
        }
    }

    static int Brotli(byte[] data, int quality)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        BrotliEncoder.TryCompress(data, output, out var written, quality, 22);
        return written;
    }

    static int Gzip(byte[] data, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, level, leaveOpen: true)) gzip.Write(data);
        return (int)output.Length;
    }
}
