namespace NewsReader.Web.Reading;

/// <summary>
/// A reader's display choices, kept in one cookie ("reader=dark.l.sans.wide") so the server renders the
/// page already in them: no script needed, no flash of the wrong theme.
/// </summary>
public sealed record ReadingPreferences(string Theme, string Size, string Font, string Width)
{
    public const string CookieName = "reader";

    public static readonly string[] Themes = ["auto", "light", "dark", "sepia"];
    public static readonly string[] Sizes = ["s", "m", "l", "xl"];
    public static readonly string[] Fonts = ["serif", "sans"];
    public static readonly string[] Widths = ["narrow", "normal", "wide"];

    public static ReadingPreferences Default { get; } = new("auto", "m", "serif", "normal");

    /// <summary>Reads the cookie value; anything unknown falls back to the default for that choice.</summary>
    public static ReadingPreferences Parse(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie) || cookie.Length > 64) return Default;
        var parts = cookie.Split('.');
        return new ReadingPreferences(
            Pick(parts, 0, Themes, Default.Theme),
            Pick(parts, 1, Sizes, Default.Size),
            Pick(parts, 2, Fonts, Default.Font),
            Pick(parts, 3, Widths, Default.Width));
    }

    public static ReadingPreferences From(HttpRequest request) =>
        request.Headers.Cookie.Count == 0 ? Default : Parse(request.Cookies[CookieName]);

    /// <summary>The request's preferences as a cookie value (normalised); the default's is made once.</summary>
    public static string CookieOf(HttpRequest request) =>
        From(request) is var preferences && ReferenceEquals(preferences, Default) ? DefaultCookie : preferences.ToCookie();

    static readonly string DefaultCookie = Default.ToCookie();

    /// <summary>Form values in, each checked against its list; a missing value keeps <paramref name="current"/>'s.</summary>
    public static ReadingPreferences FromForm(IFormCollection form, ReadingPreferences current) => new(
        Allowed(form["theme"], Themes) ?? current.Theme,
        Allowed(form["size"], Sizes) ?? current.Size,
        Allowed(form["font"], Fonts) ?? current.Font,
        Allowed(form["width"], Widths) ?? current.Width);

    public string ToCookie() => $"{Theme}.{Size}.{Font}.{Width}";

    static string Pick(string[] parts, int i, string[] allowed, string fallback) =>
        i < parts.Length ? Allowed(parts[i], allowed) ?? fallback : fallback;

    static string? Allowed(string? value, string[] allowed) =>
        value is not null && allowed.Contains(value, StringComparer.Ordinal) ? value : null;
}
