namespace NewsReader.Web.Web;

public static class ErrorHandling
{
    /// <summary>
    /// An exception re-executes /error (outside Development). Stands before the response cache, so a fault
    /// anywhere, the cache included, gets the friendly page or problem+json.
    /// </summary>
    public static WebApplication UseReaderExceptionPage(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        return app;
    }

    /// <summary>
    /// A 4xx/5xx without a body re-executes /errors/{code}, which answers API requests with
    /// application/problem+json and page requests with friendly HTML. Stands after the response cache
    /// (a page served from memory is a 200 or 304 and never needs it) and in the search branch, for the
    /// rate limiter's 429 (Web/SearchRateLimiting.cs).
    /// </summary>
    public static IApplicationBuilder UseReaderStatusPages(this IApplicationBuilder app) =>
        app.UseStatusCodePagesWithReExecute("/errors/{0}");

    public static bool IsApiPath(PathString path) => path.StartsWithSegments("/api");
}
