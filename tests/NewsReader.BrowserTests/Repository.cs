namespace NewsReader.BrowserTests;

static class Repository
{
    /// <summary>The folder holding NewsReader.sln, found above the test binaries.</summary>
    public static string Root { get; } = Find();

    /// <summary>Where the screenshots go: artifacts/screenshots at the repository root (named in the README).</summary>
    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(Root, "artifacts", "screenshots")).FullName;

    static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsReader.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsReader.sln not found above " + AppContext.BaseDirectory);
    }
}
