namespace NewsReader.Web.Articles;

/// <summary>
/// Holds the current <see cref="LibrarySnapshot"/>. Publishing swaps one reference; readers take
/// <see cref="Current"/> once per request and never lock.
/// </summary>
public sealed class ArticleStore
{
    LibrarySnapshot _current = LibrarySnapshot.Empty;

    public LibrarySnapshot Current => Volatile.Read(ref _current);

    public void Publish(LibrarySnapshot snapshot) => Volatile.Write(ref _current, snapshot);
}
