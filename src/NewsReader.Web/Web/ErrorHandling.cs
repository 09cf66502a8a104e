namespace NewsReader.Web.Web;

public static class ErrorHandling
{
    /// <summary>
    /// API paths answer errors as application/problem+json; page paths get friendly HTML pages (the
    /// status page for 4xx/5xx, the error page for exceptions, with no stack trace outside Development).
    /// </summary>
    public static WebApplication UseReaderErrorPages(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/errors/{0}");
        });
        return app;
    }

    static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
