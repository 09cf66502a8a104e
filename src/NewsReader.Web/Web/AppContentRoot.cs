namespace NewsReader.Web.Web;

/// <summary>
/// Where the host reads its settings from. The host takes the current folder as its content root, so the app
/// started from another one (<c>cd /srv &amp;&amp; dotnet /opt/newsreader/NewsReader.Web.dll</c>, a service without
/// a working directory) ran without the appsettings.json shipped beside it: the framework's request lines
/// doubled the log, and a build's static files lost their year-long caching while a POST anywhere answered
/// 405, from the static files' development fallback that the settings turn off.
/// </summary>
public static class AppContentRoot
{
    const string Settings = "appsettings.json";

    /// <summary>
    /// The app's own folder when the current one holds no settings and the app's does; null, leaving the host's
    /// choice, when the current folder has settings or a content root is given (<c>--contentRoot</c>, or
    /// <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c> in <paramref name="environment"/>).
    /// </summary>
    public static string? Choose(string[] args, string currentFolder, string appFolder, Func<string, string?> environment)
    {
        if (args.Any(arg => arg.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            || environment("ASPNETCORE_CONTENTROOT") is not null || environment("DOTNET_CONTENTROOT") is not null)
            return null;
        if (File.Exists(Path.Combine(currentFolder, Settings))) return null;
        return File.Exists(Path.Combine(appFolder, Settings)) ? appFolder : null;
    }
}
