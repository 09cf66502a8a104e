namespace NewsReader.Web.Pages;

/// <summary>One page of a long list (the library, the stories, a browse page): 50 items, 1-based ?page=N.</summary>
public sealed record Paging<T>(IReadOnlyList<T> All, int Page, int PageSize = Paging.Size)
{
    public int PageCount => Paging.PageCount(All.Count, PageSize);
    public IEnumerable<T> Items => All.Skip((Page - 1) * PageSize).Take(PageSize);
    public int FirstNumber => (Page - 1) * PageSize + 1;
    public bool Exists => Page >= 1 && Page <= PageCount;
}

public static class Paging
{
    public const int Size = 50;

    /// <summary>How many pages <paramref name="count"/> items fill; an empty list still has its one page.</summary>
    public static int PageCount(int count, int pageSize) => Math.Max(1, (count + pageSize - 1) / pageSize);

    /// <summary>The address of page <paramref name="page"/> of <paramref name="path"/> (which may carry a
    /// query of its own): page 1 adds nothing.</summary>
    public static string Href(string path, int page) => page <= 1 ? path : $"{path}{(path.Contains('?') ? '&' : '?')}page={page}";
}
