namespace NewsReader.Web.Web;

public static class ErrorHandling
{
    /// <summary>
    /// Errors re-execute the error pages (/error for exceptions outside Development, /errors/{code} for
    /// 4xx/5xx). Those pages answer API requests with application/problem+json and page requests with
    /// friendly HTML, so the pipeline itself has no per-request branch.
    /// </summary>
    public static WebApplication UseReaderErrorPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        return app;
    }

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api");
}
