namespace NewsReader.Web.Reading;

public static class ReadingEndpoints
{
    /// <summary>
    /// POST /preferences: the reading-controls form. Stores the choices in a cookie for a year and sends
    /// the reader back to the page they were on (local paths only), so it works without JavaScript.
    /// Changing a display preference is harmless, so the form carries no antiforgery token and every
    /// page stays cacheable; the cookie is SameSite=Lax.
    /// </summary>
    public static IEndpointRouteBuilder MapReadingPreferences(this IEndpointRouteBuilder app)
    {
        // The form is bound by the framework: a body that is not a form is a 415, a malformed one a 400.
        // Bound at run time, not by the compile-time generator the other endpoints use: that answers a POST
        // without a body with a 500 where the runtime's binding answers 400. A variable handler keeps it out.
        Delegate save = (HttpContext context, IFormCollection form) =>
        {
            var preferences = ReadingPreferences.FromForm(form, ReadingPreferences.From(context.Request));
            context.Response.Cookies.Append(ReadingPreferences.CookieName, preferences.ToCookie(), new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                Path = "/",
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                HttpOnly = false, // the optional script updates it in place
                IsEssential = true,
            });
            var back = form["returnUrl"].ToString();
            return TypedResults.Redirect(IsLocalPath(back) ? back : "/");
        };
#pragma warning disable RDG002 // "Unable to statically resolve endpoint handler": the point, see above
        app.MapPost("/preferences", save).DisableAntiforgery();
#pragma warning restore RDG002
        return app;
    }

    // "/articles/x" yes; "//evil.example", "/\\evil", "https://…" no.
    internal static bool IsLocalPath(string path) =>
        path.Length > 0 && path.Length < 2048 && path[0] == '/'
        && (path.Length == 1 || path[1] is not ('/' or '\\'))
        && !path.Any(char.IsControl);
}
