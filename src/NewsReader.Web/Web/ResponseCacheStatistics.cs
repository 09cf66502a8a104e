namespace NewsReader.Web.Web;

/// <summary>What the rendered-response cache has done since start-up (for tests and diagnostics).</summary>
public sealed class ResponseCacheStatistics
{
    long _hits, _pageDrops, _searchesStored, _searchDrops;

    public long Hits => Interlocked.Read(ref _hits);
    /// <summary>How many times the page budget was full and its pages were dropped together.</summary>
    public long PageDrops => Interlocked.Read(ref _pageDrops);
    public long SearchesStored => Interlocked.Read(ref _searchesStored);
    /// <summary>How many times the search budget was full and its answers were dropped together.</summary>
    public long SearchDrops => Interlocked.Read(ref _searchDrops);

    internal void Hit() => Interlocked.Increment(ref _hits);

    internal void Stored(bool search, bool dropped)
    {
        if (search) Interlocked.Increment(ref _searchesStored);
        if (dropped) Interlocked.Increment(ref search ? ref _searchDrops : ref _pageDrops);
    }
}
