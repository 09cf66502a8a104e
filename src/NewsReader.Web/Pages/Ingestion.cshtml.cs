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
    public sealed record Entry(string Source, string? Reason, Article? Article);

    public IngestionReport Report { get; private set; } = IngestionReport.Empty("");
    public Paging<Entry> Files { get; private set; } = new([], 1);

    public IActionResult OnGet([FromQuery(Name = "page")] int page = 1)
    {
        var library = store.Current;
        Report = library.Report;
        var rejected = Report.Rejected.Select(r => r.Source).ToHashSet(StringComparer.Ordinal);
        var bySource = library.Articles.ToDictionary(a => a.Source, StringComparer.Ordinal);
        Files = new Paging<Entry>(
            [.. Report.Rejected.Select(r => new Entry(r.Source, r.Reason, bySource.GetValueOrDefault(r.Source))),
             .. Report.Loaded.Where(l => !rejected.Contains(l.Source)).Select(l => new Entry(l.Source, null, library.Find(l.Slug)))],
            page);
        if (!Files.Exists) return NotFound();
        Meta = new PageMeta(PageMeta.ListTitle("Ingestion report", page),
            $"{Report.Loaded.Count} files loaded and {Report.Rejected.Count} not read from the seeds folder.",
            Paging.Href("/ingestion", page));
        return Page();
    }
}
