using System.Diagnostics;
using Microsoft.Extensions.Options;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Reads the seeds folder into a <see cref="LibrarySnapshot"/>: every file parsed (in parallel), each
/// rejected one reported with its reason, slugs assigned in file-name order so they are stable.
/// The only ingestion code that touches the disk or logs.
/// </summary>
public sealed class SeedLoader(IOptions<SeedOptions> options, IHostEnvironment environment, ILogger<SeedLoader> logger)
{
    public string Folder { get; } = ResolveFolder(options.Value.Path, environment.ContentRootPath);

    public LibrarySnapshot Load()
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(Folder))
        {
            logger.LogWarning("Seeds folder {Folder} does not exist; the library is empty", Folder);
            return new LibrarySnapshot([], IngestionReport.Empty(Folder));
        }

        var files = new DirectoryInfo(Folder).EnumerateFiles()
            .Where(f => !IsIgnored(f.Name))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToArray();
        var results = new ParseResult[files.Length];
        Parallel.For(0, files.Length, i => results[i] = Read(files[i]));

        var articles = new List<Article>(files.Length);
        var loaded = new List<LoadedFile>(files.Length);
        var rejected = new List<Rejection>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            var source = files[i].Name;
            if (results[i].Article is not { } parsed)
            {
                rejected.Add(new Rejection(source, results[i].Reason!));
                logger.LogWarning("Rejected {Source}: {Reason}", source, results[i].Reason);
                continue;
            }
            var article = parsed with { Slug = UniqueSlug(parsed.Headline, taken), Source = source };
            articles.Add(article);
            loaded.Add(new LoadedFile(source, article.Slug));
            logger.LogInformation("Loaded {Source} as {Slug}", source, article.Slug);
        }

        logger.LogInformation("Ingested {Loaded} articles and rejected {Rejected} files from {Folder} in {ElapsedMs} ms",
            articles.Count, rejected.Count, Folder, clock.ElapsedMilliseconds);
        return new LibrarySnapshot(articles, new IngestionReport(Folder, loaded, rejected));
    }

    ParseResult Read(FileInfo file)
    {
        var limit = options.Value.MaxFileBytes;
        try
        {
            if (file.LinkTarget is not null && !IsInside(file.ResolveLinkTarget(returnFinalTarget: true)?.FullName, Folder))
                return ParseResult.Rejected("a symbolic link to a file outside the seeds folder; not read");
            if (file.Length > limit)
                return ParseResult.Rejected($"the file is {file.Length:N0} bytes, over the {limit:N0}-byte limit (Seeds:MaxFileBytes)");
            return ArticleParser.Parse(File.ReadAllBytes(file.FullName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ParseResult.Rejected($"the file could not be read: {e.Message}");
        }
    }

    static string UniqueSlug(string headline, HashSet<string> taken)
    {
        var slug = Slug.From(headline);
        for (var n = 2; !taken.Add(slug); n++)
            slug = $"{Slug.From(headline)}-{n}";
        return slug;
    }

    // Hidden files and editor temporaries: ".DS_Store", ".#draft.txt", "draft.txt~", ".draft.txt.swp".
    static bool IsIgnored(string name) =>
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
