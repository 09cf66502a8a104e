using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsReader.Web.Articles;

/// <summary>
/// One string per distinct text within one scan of the seeds folder. The same story is recommended under
/// many articles with the same title and, usually, the same summary; without this every teaser held its
/// own copy (teasers are over half the text of a synthetic 10,000-article library, and the library's
/// retained memory fell from 69.5 to about 42 MiB with it). A hit costs no allocation: the lookup reads
/// the span. Thread-safe for the loader's parallel parse; dropped with the scan, so nothing outlives it.
/// </summary>
/// <remarks>
/// An open-addressed table of a fixed size, filled with compare-and-swap: a text is looked for in at most
/// <see cref="MaxProbes"/> slots from its hash, and when they all hold other texts it is simply not pooled
/// (a copy of its own, as without a pool). So the work per text is bounded whatever a folder holds, and
/// the hash (XxHash32, seeded per pool) can be a fast one. A ConcurrentDictionary did the same job at about
/// twice the cost per text (a lock per insert, a node per entry, hashing a missed text twice).
/// <para>XxHash32 rather than XXH3, which is as fast once warm: XXH3 needs instructions beyond the baseline
/// that ReadyToRun compiles for, so it is left to the JIT, and a start-up's scan ends before tiering
/// promotes it: 10,000 files were hashed by unoptimised code. XxHash32 is compiled ahead of time.</para>
/// </remarks>
public sealed class TextPool
{
    const int MaxProbes = 8;

    readonly string?[] _slots;
    readonly int _mask;
    readonly int _seed = Random.Shared.Next();

    /// <param name="files">How many files the scan reads: the table is sized for them up front. The seed
    /// family has about 5.5 distinct teaser texts a file; 16 slots a file keeps the table at most about a
    /// third full, where a text is nearly always found in its first slot or the next.</param>
    public TextPool(int files = 0)
    {
        var size = 1024;
        while (size < files * 16L && size < 1 << 24) size <<= 1;
        _slots = new string?[size];
        _mask = size - 1;
    }

    /// <summary>How many texts the pool holds (counted when asked: only tests and diagnostics ask).</summary>
    public int Count => _slots.Count(static slot => slot is not null);

    // Inlined into the teaser loop, its one caller on the hot path: the call cost more than the lookup's hit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string Get(ReadOnlySpan<char> text)
    {
        var hash = (int)XxHash32.HashToUInt32(MemoryMarshal.AsBytes(text), _seed);
        for (var probe = 0; probe < MaxProbes; probe++)
        {
            ref var slot = ref _slots[(hash + probe) & _mask];
            var pooled = Volatile.Read(ref slot);
            if (pooled is null)
            {
                var copy = text.ToString();
                pooled = Interlocked.CompareExchange(ref slot, copy, null);
                if (pooled is null) return copy;
                // Another thread filled the slot first: its text may be this one.
            }
            if (text.SequenceEqual(pooled)) return pooled;
        }
        return text.ToString();
    }
}
