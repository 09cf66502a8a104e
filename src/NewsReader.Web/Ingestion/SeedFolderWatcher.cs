namespace NewsReader.Web.Ingestion;

/// <summary>
/// Tells when the seeds folder may have changed, following the folder itself as well as its files.
/// On Linux a watch belongs to the directory, not to its path: once the folder is deleted (a deploy's
/// <c>rm -rf seeds &amp;&amp; cp -r new seeds</c>), moved, or its symbolic link pointed elsewhere
/// (<c>ln -sfn release-2 seeds</c>), the watch reports nothing more and says nothing of it
/// (dotnet/runtime#126295). So a second watcher looks at the folder's name in its parent, and when that
/// entry changes the folder's watcher is made again, on whatever the path now leads to. A folder missing
/// at start-up is watched from the moment it appears.
/// </summary>
internal sealed class SeedFolderWatcher(string folder, Action changed, ILogger logger) : IDisposable
{
    readonly string _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
    FileSystemWatcher? _files;
    FileSystemWatcher? _entry;
    string? _target; // what the folder's path led to at the last refresh (links resolved), null: nothing
    bool _refreshed, _entryUnwatchable;
    int _entryChanged; // 1: the parent's entry for the folder changed since the last refresh

    /// <summary>
    /// Brings the watchers in line with the folder as it is now: made, made again or let go. Call it before
    /// each scan, so nothing written between a change of folder and the new watch goes unread.
    /// </summary>
    public void Refresh()
    {
        if (_entry is null && !_entryUnwatchable) _entry = WatchEntry();
        // Taken before the folder is looked at: a change after this sets it again, and asks for a scan.
        var entryChanged = Interlocked.Exchange(ref _entryChanged, 0) == 1;
        var target = Target();
        // A watcher that could not be made (say, at the limit of inotify instances) is tried again only when
        // the folder changes: the periodic rescan stands in meanwhile, and the log is not filled every 30 s.
        if (_refreshed && !entryChanged && target == _target) return;
        _files?.Dispose();
        _files = target is null ? null : WatchFiles(target);
        if (_refreshed && target is not null)
            logger.LogInformation("Watching the seeds folder {Folder} anew, as {Target}", _folder, target);
        _target = target;
        _refreshed = true;
    }

    // Where the folder's path leads now (through a link), or null when there is no folder there.
    string? Target()
    {
        try
        {
            var directory = new DirectoryInfo(_folder);
            if (!directory.Exists) return null;
            return directory.LinkTarget is null ? _folder : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? _folder;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    FileSystemWatcher? WatchFiles(string target) => Watch(target, null,
        NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        onError: e => logger.LogWarning(e, "Seeds folder watcher overflowed; rescanning"));

    FileSystemWatcher? WatchEntry()
    {
        var parent = Path.GetDirectoryName(_folder);
        if (parent is null || !Directory.Exists(parent)) return null; // looked for again at the next refresh
        var watcher = Watch(parent, Path.GetFileName(_folder), NotifyFilters.FileName | NotifyFilters.DirectoryName, onError: null);
        _entryUnwatchable = watcher is null; // logged once, not at every refresh
        return watcher;
    }

    // name: watch only the entry of that name in path (the parent), not the folder's files.
    FileSystemWatcher? Watch(string path, string? name, NotifyFilters filters, Action<Exception>? onError)
    {
        var isEntry = name is not null;
        try
        {
            var watcher = new FileSystemWatcher(path)
            {
                IncludeSubdirectories = false,
                NotifyFilter = filters,
                // Room for a burst of events in the folder (a copy of thousands of files); the parent's entry
                // for it needs only the default (an overflow is taken as a change all the same).
                InternalBufferSize = isEntry ? 8 * 1024 : 64 * 1024,
            };
            if (isEntry) watcher.Filter = name!;
            FileSystemEventHandler handler = (_, _) => { if (isEntry) Volatile.Write(ref _entryChanged, 1); changed(); };
            watcher.Created += handler;
            watcher.Changed += handler;
            watcher.Deleted += handler;
            watcher.Renamed += (sender, e) => handler(sender, e);
            watcher.Error += (_, e) => { if (isEntry) Volatile.Write(ref _entryChanged, 1); onError?.Invoke(e.GetException()); changed(); };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Cannot watch {Folder}; relying on the periodic rescan", path);
            return null;
        }
    }

    public void Dispose()
    {
        _files?.Dispose();
        _entry?.Dispose();
    }
}
