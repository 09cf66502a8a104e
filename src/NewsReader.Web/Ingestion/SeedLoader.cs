using System.Buffers;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Reads the seeds folder into a <see cref="LibrarySnapshot"/>. It remembers each file's size, time and
/// parse result, so a rescan re-reads only files that changed. A file that loaded before and now fails
/// keeps its last good article (reported as rejected until fixed or deleted); a file still being written
/// is left for the next scan. The only ingestion code that touches the disk or logs. Not thread-safe:
/// the ingestion service is its only caller.
/// </summary>
public sealed class SeedLoader(IOptions<SeedOptions> options, IHostEnvironment environment, ILogger<SeedLoader> logger)
{
    /// <param name="Key">The last good version's key (<see cref="SameArticle.KeyOf"/>).</param>
    sealed record FileState(long Length, DateTime WrittenUtc, ParseResult Result, Article? LastGood, long Key)
    {
        public bool Describes(FileInfo target) => Length == target.Length && WrittenUtc == target.LastWriteTimeUtc;
    }

    const int MaxFilesNamedAtInformation = 20;

    readonly Dictionary<string, FileState> _files = new(StringComparer.Ordinal);
    LibrarySnapshot? _last;
    int _lastListed = -1;
    string[] _lastFolders = [];
    string? _lastProblem;

    public string Folder { get; } = ResolveFolder(options.Value.Path, environment.ContentRootPath);

    /// <summary>Files seen still being written on the last scan; the caller scans again once they settle.</summary>
    public int Pending { get; private set; }

    /// <summary>
    /// Scans the folder. Returns the new snapshot, or null when nothing changed since the last one.
    /// With <paramref name="settle"/>, files written in the last <see cref="SeedOptions.SettleMilliseconds"/>
    /// are taken to be still being written and left for later (at start-up everything is read at once).
    /// </summary>
    public LibrarySnapshot? Scan(bool settle)
    {
        var clock = Stopwatch.StartNew();
        var (listed, folders, problem) = ListFolder();
        var max = options.Value.MaxFiles;
        var files = listed.Length > max ? listed[..max] : listed;
        if (listed.Length > max)
            logger.LogWarning("The seeds folder holds {Count} files; only the first {Max} (Seeds:MaxFiles) are read", listed.Length, max);
        var targets = files.ToDictionary(f => f.Name, Target, StringComparer.Ordinal);
        var foldersChanged = !folders.SequenceEqual(_lastFolders);
        var changed = files.Length != _files.Count || files.Any(f => !_files.ContainsKey(f.Name)) || listed.Length != _lastListed || foldersChanged
            || problem != _lastProblem;
        if (problem is not null && problem != _lastProblem) logger.LogWarning("The seeds folder {Folder} {Problem}; the library is empty", Folder, problem);
        _lastProblem = problem;
        _lastListed = listed.Length;
        foreach (var folder in folders.Except(_lastFolders))
            logger.LogWarning("Not reading {Folder}/: only files directly in the seeds folder are read", folder);
        _lastFolders = folders;
        foreach (var gone in _files.Keys.Except(files.Select(f => f.Name)).ToList())
        {
            _files.Remove(gone);
            logger.LogInformation("Removed {Source}: the file is gone", gone);
        }

        var settleBefore = DateTime.UtcNow.AddMilliseconds(-options.Value.SettleMilliseconds);
        var toRead = files
            .Where(f => !_files.TryGetValue(f.Name, out var s) || !s.Describes(targets[f.Name]))
            .ToList();
        var pending = settle ? toRead.Where(f => targets[f.Name].LastWriteTimeUtc > settleBefore).ToList() : [];
        toRead = [.. toRead.Except(pending)];

        // A scan that reads many files (the first one, a folder copied in) names each loaded file at Debug:
        // thousands of lines would bury the rejections, and writing them held up a 10,000-file start-up by
        // ~0.3 s. The summary line still counts them, and /api/ingestion lists every one.
        var loadedLevel = toRead.Count > MaxFilesNamedAtInformation ? LogLevel.Debug : LogLevel.Information;
        var results = new ParseResult?[toRead.Count];
        var texts = new TextPool(toRead.Count);
        var keys = new long[toRead.Count];
        Parallel.For(0, toRead.Count, i =>
        {
            results[i] = Read(toRead[i], targets[toRead[i].Name], texts);
            if (results[i]?.Article is { } article) keys[i] = SameArticle.KeyOf(article);
        });
        for (var i = 0; i < toRead.Count; i++)
        {
            var file = toRead[i];
            if (results[i] is not { } result)
            {
                pending.Add(file); // busy: another process holds it exclusively
                continue;
            }
            var previous = _files.GetValueOrDefault(file.Name);
            var target = targets[file.Name];
            _files[file.Name] = result.Article is null
                ? new FileState(target.Length, target.LastWriteTimeUtc, result, previous?.LastGood, previous?.Key ?? default)
                : new FileState(target.Length, target.LastWriteTimeUtc, result, result.Article, keys[i]);
            changed = true;
            if (result.Reason is { } reason)
                logger.LogWarning("Rejected {Source}: {Reason}", file.Name, reason);
            else
                logger.Log(loadedLevel, "Loaded {Source}: {Headline}", file.Name, result.Article!.Headline);
        }
        Pending = pending.Count;
        foreach (var file in pending) logger.LogDebug("Waiting for {Source} to be fully written", file.Name);

        if (!changed && _last is not null) return null;
        _last = Build(files.Where(f => _files.ContainsKey(f.Name)).Select(f => f.Name), listed.Length, listed.Skip(max).Select(f => f.Name), folders);
        logger.LogInformation("Ingested {Loaded} articles and rejected {Rejected} files from {Folder} in {ElapsedMs} ms",
            _last.Articles.Count, _last.Report.Rejected.Count, Folder, clock.ElapsedMilliseconds);
        return _last;
    }

    LibrarySnapshot Build(IEnumerable<string> names, int fileCount, IEnumerable<string> overLimit, IEnumerable<string> folders)
    {
        var rejected = new List<Rejection>();
        // Pairs of references and a long key: collections of a tuple or struct of this assembly's own would be
        // compiled at start-up, not ahead of time.
        var states = new List<(string Name, FileState State)>();
        foreach (var name in names)
        {
            var state = _files[name];
            if (state.Result.Reason is { } reason)
                rejected.Add(new Rejection(name, state.LastGood is null ? reason : $"{reason}; showing its last good version until the file is fixed or deleted"));
            if (state.LastGood is not null) states.Add((name, state));
        }
        // One article captured in several files shows once, from its fullest capture (SameArticle). Most
        // articles have one file, some two; three or more are weighed together, each capture's teasers
        // against the others' (SameArticle.Fullest).
        var shownFrom = new Dictionary<long, int>(states.Count);
        Dictionary<long, List<int>>? many = null;
        for (var i = 0; i < states.Count; i++)
        {
            var key = states[i].State.Key;
            if (!shownFrom.TryGetValue(key, out var shown)) { shownFrom[key] = i; continue; }
            many ??= [];
            // At the key's second file the first is still the one shown: the members in file order.
            if (!many.TryGetValue(key, out var members)) many[key] = members = [shown];
            members.Add(i);
            if (SameArticle.IsFuller(states[i].State.LastGood!, states[shown].State.LastGood!)) shownFrom[key] = i;
        }
        if (many is not null)
            foreach (var (key, members) in many)
                if (members.Count >= 3) shownFrom[key] = members[SameArticle.Fullest([.. members.Select(i => states[i].State.LastGood!)])];
        var articles = new List<Article>(shownFrom.Count);
        var slugs = new string[states.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            var (name, state) = states[i];
            if (shownFrom[state.Key] != i) continue;
            var parsed = state.LastGood!;
            var article = parsed with
            {
                Slug = Slug.Unique(parsed.Headline, taken),
                Source = name,
                Updated = new DateTimeOffset(state.WrittenUtc, TimeSpan.Zero),
            };
            articles.Add(article);
            slugs[i] = article.Slug;
        }
        var loaded = new List<LoadedFile>(states.Count);
        for (var i = 0; i < states.Count; i++)
        {
            var shown = shownFrom[states[i].State.Key];
            loaded.Add(new LoadedFile(states[i].Name, slugs[shown]) { SameAs = shown == i ? null : states[shown].Name, Note = states[i].State.Result.Note });
        }
        foreach (var name in overLimit)
            rejected.Add(new Rejection(name, $"over the Seeds:MaxFiles limit of {options.Value.MaxFiles:N0} files; not read"));
        // Captures filed in a subfolder would otherwise be missing without a word.
        foreach (var folder in folders)
            rejected.Add(new Rejection(folder + "/", "a folder; only files directly in the seeds folder are read, so move its captures up to load them"));
        return new LibrarySnapshot(articles, new IngestionReport(Folder, loaded, rejected)
        {
            FileCount = fileCount,
            LastChanged = DateTimeOffset.UtcNow,
            FolderProblem = _lastProblem,
        });
    }

    /// <summary>
    /// One listing of the folder: its files in name order (hidden files and editor temporaries left out),
    /// and the names of its subfolders (hidden ones left out), which are not read but reported; or, when
    /// it cannot be listed, why, to go after its path ("does not exist").
    /// </summary>
    (FileInfo[] Files, string[] Folders, string? Problem) ListFolder()
    {
        try
        {
            if (!Directory.Exists(Folder))
                return ([], [], File.Exists(Folder) ? "is a file, not a folder" : "does not exist");
            var files = new List<FileInfo>();
            var folders = new List<string>();
            foreach (var entry in new DirectoryInfo(Folder).EnumerateFileSystemInfos())
            {
                if (entry is FileInfo file) { if (!IsIgnored(file.Name)) files.Add(file); }
                else if (!entry.Name.StartsWith('.')) folders.Add(entry.Name);
            }
            return ([.. files.OrderBy(f => f.Name, StringComparer.Ordinal)], [.. folders.Order(StringComparer.Ordinal)], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], [], $"could not be listed: {e.Message}");
        }
    }

    /// <summary>
    /// What a listed file stands for. A symbolic link stands for the file it points to: its size and time
    /// are that file's, so a change to it is noticed and the size limit applies to it (a link's own size is
    /// the length of the path it holds). A link that leads nowhere stands for itself.
    /// </summary>
    static FileInfo Target(FileInfo file)
    {
        if (!IsLink(file)) return file;
        try
        {
            if (file.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true } resolved) return file;
            var target = new FileInfo(resolved.FullName);
            _ = target.Length; // read now, while it is there: the scan reads the cached figures later
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return file; // a loop of links, one we may not follow, or a target just deleted
        }
    }

    static bool IsLink(FileInfo file) => file.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>The file's parse result, or null when another process holds it (still being written).</summary>
    ParseResult? Read(FileInfo file, FileInfo target, TextPool texts)
    {
        var limit = options.Value.MaxFileBytes;
        try
        {
            if (IsLink(file))
            {
                if (ReferenceEquals(target, file))
                    return ParseResult.Rejected("a symbolic link that leads to no file (broken, or a loop); not read");
                if (!IsInside(target.FullName, Folder))
                    return ParseResult.Rejected("a symbolic link to a file outside the seeds folder; not read");
            }
            // Zero bytes: an empty file, or no regular file at all. A named pipe, a socket or a device reports
            // no size, and opening a pipe waits for a writer for ever, which would stall this scan and every
            // one after it.
            if (target.Length == 0)
                return ParseResult.Rejected("the file is empty (0 bytes) or is not a regular file (a named pipe, a socket, a device); not read");
            // Read into a rented buffer, not a new array: nothing a parser keeps points into the bytes, and a
            // 10,000-file scan would otherwise make 28 MB of garbage, and collections of the articles it keeps.
            // The size is the open file's: it may have grown since the folder was listed.
            using var handle = File.OpenHandle(target.FullName);
            var length = RandomAccess.GetLength(handle);
            if (length > limit)
                return ParseResult.Rejected($"the file is {length:N0} bytes, over the {limit:N0}-byte limit (Seeds:MaxFileBytes)");
            var buffer = ArrayPool<byte>.Shared.Rent((int)length);
            try
            {
                var read = 0;
                while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
                return ParseSafely(file.Name, buffer.AsSpan(0, read), texts);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (IOException e) when (e.HResult == 11 || e.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult.Rejected($"the file could not be read: {e.Message}");
        }
    }

    /// <summary>
    /// The parsers reject bad input with a reason and never throw for it; an exception is a bug in them.
    /// It costs only its own file, which is rejected naming the fault (logged as an error, with the stack),
    /// so the scan goes on: at start-up one such file would otherwise stop the app, later every rescan.
    /// </summary>
    ParseResult ParseSafely(string name, ReadOnlySpan<byte> bytes, TextPool texts)
    {
        try
        {
            return Parser(name, bytes, options.Value.Limits, texts);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "The parser failed on {Source}", name);
            return ParseResult.Rejected($"the parser failed on this file ({e.GetType().Name}), a fault in NewsReader that is logged as an error; please report it");
        }
    }

    /// <summary>The parse step; tests replace it to make a parser fault happen.</summary>
    internal Func<string, ReadOnlySpan<byte>, ParseLimits, TextPool, ParseResult> Parser { get; init; } = static (name, bytes, limits, texts) =>
        IsMarkdown(name) || MarkdownArticleParser.OpensWithFrontMatter(bytes) ? MarkdownArticleParser.Parse(bytes, limits)
        : HtmlArticleParser.IsHtml(name, bytes) ? HtmlArticleParser.Parse(bytes, limits, texts)
        : WebArchive.IsWebArchive(name, bytes) ? WebArchive.Parse(bytes, limits, texts)
        : RichText.IsRichText(bytes) ? RichText.Parse(bytes, limits, texts)
        : WordDocument.IsZipArchive(bytes) ? WordDocument.Parse(bytes, limits, texts)
        : SavedMail.IsSavedMail(name, bytes) ? SavedMail.Parse(bytes, limits, texts)
        : ArticleParser.Parse(bytes, limits, texts);

    static bool IsMarkdown(string name) =>
        name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);

    // Hidden files and editor temporaries: ".DS_Store", ".#draft.txt", "draft.txt~", ".draft.txt.swp".
    internal static bool IsIgnored(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase);

    static bool IsInside(string? path, string folder) =>
        path is not null && Path.GetFullPath(path).StartsWith(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// An absolute path is taken as it is; a relative one is looked for under the working directory, then
    /// in the content root and each folder above it (so "seeds" finds the repository's folder whether the
    /// app runs from the repository, from src/NewsReader.Web, or from a publish folder holding seeds/).
    /// </summary>
    internal static string ResolveFolder(string path, string contentRoot)
    {
        if (Path.IsPathRooted(path)) return Path.GetFullPath(path);
        var fromCwd = Path.GetFullPath(path);
        if (Directory.Exists(fromCwd)) return fromCwd;
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate)) return candidate;
        }
        return fromCwd;
    }
}
