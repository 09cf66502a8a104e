using System.Collections.Concurrent;
using System.IO.Compression;
using System.IO.Hashing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IO;
using Microsoft.Net.Http.Headers;
using NewsReader.Web.Articles;
using NewsReader.Web.Reading;

namespace NewsReader.Web.Web;

/// <summary>
/// Pages and API answers depend only on the library snapshot (plus the reader's display cookie and the
/// host), so each is rendered once per snapshot and then served from memory: identity, gzip and Brotli
/// bytes made once, a strong ETag, and 304 for a matching If-None-Match. A new snapshot empties the cache.
/// Responses that are not 200, set a cookie, say how they may be cached, come compressed, or are not
/// text pass through untouched.
/// Pages and search answers are kept apart, each within its own budget. When a budget fills, its answers
/// are dropped together and it starts again: the popular ones are back within moments. Pages need this
/// as much as searches do. Any address can be asked for (a made-up query, another spelling of a path,
/// another Host), and a budget that simply stopped taking entries when full would leave the pages
/// readers want uncached until the library next changed. A flood of searches never crowds out the pages.
/// A search is kept only when it is asked a second time (as nginx's <c>proxy_cache_min_uses 2</c> does):
/// most queries are asked once, and keeping each of them until the budget filled moved every one into the
/// oldest generation of the heap: a stream of new queries set off a full collection about every second.
/// </summary>
public sealed class RenderedResponseCache(RequestDelegate next, ArticleStore store, IOptions<ResponseCacheLimits> options, ResponseCacheStatistics statistics,
    RecyclableMemoryStreamManager streams)
{
    // Compressed forms are made once, by the first request that asks for each (not at all if none does).
    // Each encoding has its own strong ETag; the headers a hit sends are made once, with the entry.
    // Kept: the headers an answer's meaning depends on besides its body (a paged API list's links).
    sealed record Entry(long Version, string ContentType, string Vary, KeyValuePair<string, string>[] Kept, byte[] Identity, Lazy<byte[]?> Gzip, Lazy<byte[]?> Brotli, string ETag)
    {
        public string GzipETag { get; } = ETag[..^1] + "-gz\"";
        public string BrotliETag { get; } = ETag[..^1] + "-br\"";
        public long Size => Identity.Length * 3 / 2 + 256; // identity plus room for its compressed forms
    }

    /// <summary>Rendered answers within a budget of entries and bytes; when it is full they are all dropped.</summary>
    sealed class Budget(int maxEntries, long maxBytes, bool admitOnSecondRequest = false)
    {
        const int SeenSlots = 4096;
        long _bytes;
        // The keys asked for once, by hash, one slot each: a doorkeeper in front of the budget. Two keys
        // sharing a slot or a hash only let one of them in a request early, or one request late.
        readonly int[]? _seen = admitOnSecondRequest ? new int[SeenSlots] : null;

        public ConcurrentDictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);

        /// <returns>Whether the budget was full, so everything else in it was dropped to make room.</returns>
        public bool Store(string key, Entry entry)
        {
            var full = Interlocked.Add(ref _bytes, entry.Size) > maxBytes || Entries.Count >= maxEntries;
            if (full)
            {
                Entries.Clear();
                Interlocked.Exchange(ref _bytes, entry.Size);
            }
            Entries[key] = entry;
            return full;
        }

        public void Clear()
        {
            Entries.Clear();
            Interlocked.Exchange(ref _bytes, 0);
            _seen?.AsSpan().Clear();
        }

        /// <summary>Whether an answer for this key may be kept: always for pages; for searches, from the second ask.</summary>
        public bool Admits(ReadOnlySpan<char> key)
        {
            if (_seen is null) return true;
            var hash = string.GetHashCode(key);
            ref var slot = ref _seen[hash & (SeenSlots - 1)];
            var mark = hash | 1; // never 0, the empty slot
            if (Volatile.Read(ref slot) == mark) return true;
            Volatile.Write(ref slot, mark);
            return false;
        }
    }

    readonly Budget _pages = new(options.Value.MaxEntries, options.Value.MaxBytes);
    readonly Budget _searches = new(options.Value.MaxSearchEntries, options.Value.MaxSearchBytes, admitOnSecondRequest: true);
    long _version = -1;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || request.Path.StartsWithSegments("/healthz"))
        {
            await next(context);
            return;
        }

        var snapshot = store.Current;
        if (Interlocked.Exchange(ref _version, snapshot.Version) != snapshot.Version)
        {
            _pages.Clear();
            _searches.Clear();
        }
        var search = SearchRateLimiting.IsSearch(request.Path);
        var budget = search ? _searches : _pages;
        var (host, path, query, preferences) = KeyParts(request);
        var keyLength = host.Length + path.Length + query.Length + 1 + preferences.Length;
        // A hit builds its key on the stack: the string is made only for a response about to be stored.
        Span<char> keyBuffer = keyLength <= 512 ? stackalloc char[keyLength] : new char[keyLength];
        WriteKey(keyBuffer, host, path, query, preferences);
        if (budget.Entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(keyBuffer, out var cached) && cached.Version == snapshot.Version)
        {
            statistics.Hit();
            await ServeAsync(context, cached);
            return;
        }
        var key = budget.Admits(keyBuffer) ? keyBuffer.ToString() : null; // null: render and serve, keep nothing

        var response = context.Response;
        var body = response.Body;
        // The answer is rendered into pooled blocks, not a MemoryStream doubling its array as it grows: a page
        // nobody has asked for yet, and every new search, allocated about 60 KB that way.
        using var buffer = streams.GetStream();
        response.Body = buffer;
        // A HEAD is rendered as the GET it stands for, as nginx's proxy_cache_convert_head does. Some handlers
        // (the feeds, the sitemap, the static files) write no body for HEAD, and an entry built from that
        // answer served an empty body to every GET after it until the library changed. The HEAD is still
        // answered with the headers alone (ServeAsync), and logged as a HEAD.
        var head = HttpMethods.IsHead(request.Method);
        if (head) request.Method = HttpMethods.Get;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
            if (head) request.Method = HttpMethods.Head;
        }

        if (!IsStorable(response))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
            return;
        }

        var rendered = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (response.ContentType!.StartsWith("text/html", StringComparison.Ordinal)) rendered = rendered[..HtmlWhitespace.Strip(rendered)];
        var entry = Build(snapshot.Version, response, rendered.ToArray());
        if (key is not null)
        {
            var dropped = budget.Store(key, entry);
            statistics.Stored(search, dropped);
        }
        await ServeAsync(context, entry);
    }

    // The reader's display cookie changes the markup (<html data-theme=…>), the host the absolute links;
    // the key holds the preferences as read (normalised), so a made-up cookie cannot add entries.
    static (string Host, string Path, string Query, string Preferences) KeyParts(HttpRequest request) =>
        (request.Host.Value ?? "", request.Path.Value ?? "", request.QueryString.Value ?? "", ReadingPreferences.CookieOf(request));

    static void WriteKey(Span<char> key, string host, string path, string query, string preferences)
    {
        host.CopyTo(key);
        path.CopyTo(key[host.Length..]);
        query.CopyTo(key[(host.Length + path.Length)..]);
        key[host.Length + path.Length + query.Length] = '|';
        preferences.CopyTo(key[(host.Length + path.Length + query.Length + 1)..]);
    }

    // An answer that says how it may be cached, or comes compressed, manages itself: the static files
    // (fingerprinted, precompressed and cached for a year by MapStaticAssets) pass through as they are.
    static bool IsStorable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && !response.Headers.ContainsKey(HeaderNames.SetCookie)
        && !response.Headers.ContainsKey(HeaderNames.CacheControl)
        && !response.Headers.ContainsKey(HeaderNames.ContentEncoding)
        && response.ContentType is { } type
        && (type.StartsWith("text/", StringComparison.Ordinal) || type.Contains("json", StringComparison.Ordinal) || type.Contains("xml", StringComparison.Ordinal));

    static Entry Build(long version, HttpResponse response, byte[] identity)
    {
        // The tag only has to change when the bytes do; it guards no secret, so a fast 128-bit hash serves.
        // SHA-256 took 2.6% of the CPU of a stream of new searches (9 µs for a 12 KB page, XXH128 under 1 µs).
        var etag = $"\"{XxHash128.HashToUInt128(identity):x32}\"";
        var compress = identity.Length >= 512;
        var vary = response.Headers.Vary.ToString();
        KeyValuePair<string, string>[] kept = [.. KeptHeaders.Where(response.Headers.ContainsKey).Select(h => KeyValuePair.Create(h, response.Headers[h].ToString()))];
        return new Entry(version, response.ContentType!, vary.Length == 0 ? "Accept-Encoding, Cookie" : $"{vary}, Accept-Encoding, Cookie", kept, identity,
            new Lazy<byte[]?>(() => compress ? Gzip(identity) : null),
            new Lazy<byte[]?>(() => compress ? Brotli(identity) : null), etag);
    }

    static readonly string[] KeptHeaders = [HeaderNames.Link, "X-Total-Count"];

    static async Task ServeAsync(HttpContext context, Entry entry)
    {
        var request = context.Request;
        var response = context.Response;
        var headers = response.Headers;
        var (bytes, encoding, etag) = Negotiate(request.Headers.AcceptEncoding, entry);

        response.StatusCode = StatusCodes.Status200OK;
        headers.ContentType = entry.ContentType;
        headers.ETag = etag;
        headers.CacheControl = "no-cache";
        headers.Vary = entry.Vary;
        if (encoding is not null) headers.ContentEncoding = encoding;

        if (RequestHeaders.ListsETag(request.Headers.IfNoneMatch, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            headers.ContentType = default;
            headers.ContentEncoding = default;
            return;
        }
        foreach (var (name, value) in entry.Kept) headers[name] = value;
        headers.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(request.Method)) return;
        // Headers first, then the body asked for whole: it is copied once, into one buffer of the
        // connection's pipe, rather than through the stream in 4 KB blocks.
        await response.StartAsync(context.RequestAborted);
        var writer = response.BodyWriter;
        bytes.CopyTo(writer.GetSpan(bytes.Length));
        writer.Advance(bytes.Length);
        await writer.FlushAsync(context.RequestAborted);
    }

    // The client's weights decide (RFC 9110 §12.5.3): Brotli, or gzip if the client ranks it higher, or
    // the plain bytes when it refuses both or ranks "identity" above them. Brotli wins a tie: it is smaller.
    // Each encoding has its own strong ETag.
    static (byte[] Bytes, string? Encoding, string ETag) Negotiate(StringValues acceptEncoding, Entry entry)
    {
        if (acceptEncoding.Count == 0) return (entry.Identity, null, entry.ETag);
        var (br, gzip, identity) = RequestHeaders.EncodingWeights(acceptEncoding);
        if (br > 0 && br >= gzip && br >= identity && entry.Brotli.Value is { } brotli) return (brotli, "br", entry.BrotliETag);
        if (gzip > 0 && gzip >= identity && entry.Gzip.Value is { } gzipped) return (gzipped, "gzip", entry.GzipETag);
        return (entry.Identity, null, entry.ETag);
    }

    // The levels are chosen by measurement on this app's pages (benchmarks/README, "Compression levels"):
    // Brotli 5 comes within 0.5% of quality 9's size in a twentieth of its time (0.1–0.6 ms a page against
    // 2.6–10 ms), and zlib's default level is as small as its smallest-size one in half the time. The first
    // reader to ask for a page or a search in a compressed form waits for it, and most searches are asked once.
    const int BrotliQuality = 5, BrotliWindow = 22;
    const CompressionLevel GzipLevel = CompressionLevel.Optimal;

    static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream(data.Length / 3);
        using (var gzip = new GZipStream(output, GzipLevel, leaveOpen: true)) gzip.Write(data);
        return output.ToArray();
    }

    static byte[]? Brotli(byte[] data)
    {
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        return BrotliEncoder.TryCompress(data, output, out var written, BrotliQuality, BrotliWindow) ? output[..written] : null;
    }
}

public static class RenderedResponseCacheExtensions
{
    public static IServiceCollection AddRenderedResponseCache(this IServiceCollection services)
    {
        services.AddOptions<ResponseCacheLimits>().BindConfiguration(ResponseCacheLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ResponseCacheStatistics>();
        // Blocks of 64 KiB hold nearly every page whole, so reading one back is no copy; a few larger answers
        // (the whole article list as JSON) are joined in buffers from the large pool. Both pools are bounded.
        services.AddSingleton(new RecyclableMemoryStreamManager(new RecyclableMemoryStreamManager.Options
        {
            BlockSize = 64 * 1024,
            LargeBufferMultiple = 256 * 1024,
            MaximumBufferSize = 8 * 1024 * 1024,
            MaximumSmallPoolFreeBytes = 4 * 1024 * 1024,
            MaximumLargePoolFreeBytes = 8 * 1024 * 1024,
        }));
        return services;
    }

    public static IApplicationBuilder UseRenderedResponseCache(this IApplicationBuilder app) => app.UseMiddleware<RenderedResponseCache>();
}
