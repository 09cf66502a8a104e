using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Web.Pages;

/// <summary>
/// The ingestion report as a page: every file in the seeds folder, the ones that could not be read first,
/// each with its reason, then the ones that loaded, each linked to its article. The same data as
/// <c>/api/ingestion</c>, for the person who wonders why a capture is missing.
/// </summary>
public sealed class IngestionModel(ArticleStore store) : ReaderPageModel
{
    /// <summary>One file: <see cref="Reason"/> is set when it could not be read (an article may still show
    /// its last good version); <see cref="Article"/> is what it shows in the library.</summary>
    /// <param name="SameAs">The file the article is shown from, when this file is another capture of it.</param>
    /// <param name="Note">How the file was read, when that was a guess.</param>
    public sealed record Entry(string Source, string? Reason, Article? Article, string? SameAs = null, string? Note = null);

    /// <summary>How many loaded files are other captures of an article shown from another file.</summary>
    public int SameArticles { get; private set; }

    public IngestionReport Report { get; private set; } = IngestionReport.Empty("");
    public Paging<Entry> Files { get; private set; } = new([], 1);

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1)
    {
        var library = store.Current;
        Report = library.Report;
        var rejected = Report.Rejected.Select(r => r.Source).ToHashSet(StringComparer.Ordinal);
        // A file that failed but still shows its last good version is among the loaded ones too.
        var loaded = Report.Loaded.ToDictionary(l => l.Source, StringComparer.Ordinal);
        Entry EntryOf(string source, string? reason) =>
            loaded.TryGetValue(source, out var l) ? new Entry(source, reason, library.Find(l.Slug), l.SameAs, reason is null ? l.Note : null) : new Entry(source, reason, null);
        Files = new Paging<Entry>(
            [.. Report.Rejected.Select(r => EntryOf(r.Source, r.Reason)),
             .. Report.Loaded.Where(l => !rejected.Contains(l.Source)).Select(l => EntryOf(l.Source, null))],
            page);
        if (!Files.Exists) return NotFound();
        SameArticles = Report.Loaded.Count(l => l.SameAs is not null);
        Meta = new PageMeta(PageMeta.ListTitle("Ingestion report", page),
            $"{Report.Loaded.Count} files loaded and {Report.Rejected.Count} not read from the seeds folder.",
            Paging.Href("/ingestion", page));
        return Page();
    }
}
