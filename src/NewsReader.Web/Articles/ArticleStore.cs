using Microsoft.Extensions.Primitives;

namespace NewsReader.Web.Articles;

/// <summary>
/// Holds the current <see cref="LibrarySnapshot"/>. Publishing swaps one reference; readers take
/// <see cref="Current"/> once per request and never lock. Each publish fires the change token, so caches
/// and tests can react to a new library without polling.
/// </summary>
public sealed class ArticleStore
{
    LibrarySnapshot _current = LibrarySnapshot.Empty;
    CancellationTokenSource _changed = new();

    public LibrarySnapshot Current => Volatile.Read(ref _current);

    public void Publish(LibrarySnapshot snapshot)
    {
        Volatile.Write(ref _current, snapshot);
        var previous = Interlocked.Exchange(ref _changed, new CancellationTokenSource());
        previous.Cancel(); // not disposed: a reader may still be asking it for its token
    }

    /// <summary>A token that fires the next time a snapshot is published.</summary>
    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);
}
