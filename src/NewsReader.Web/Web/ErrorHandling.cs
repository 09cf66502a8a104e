using System.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsReader.Web.Web;

public static class ErrorHandling
{
    /// <summary>
    /// Problem details (RFC 9457) for every API error, whatever the client accepts. The framework's writer
    /// writes them only to a client whose Accept header names JSON. For any other client, a status page or
    /// error page that asked for them threw, so an unknown API address answered 500 instead of 404.
    /// <see cref="ProblemJsonForAnyClient"/> comes after it and writes them anyway: RFC 9110 lets a server
    /// answer outside the Accept header, and the API has no other format to offer.
    /// </summary>
    public static IServiceCollection AddApiProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonForAnyClient>(); // after the framework's writer
        return services;
    }

    sealed class ProblemJsonForAnyClient : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var http = context.HttpContext;
            var problem = context.ProblemDetails;
            problem.Status ??= http.Response.StatusCode;
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
            return new ValueTask(http.Response.WriteAsJsonAsync(problem, options: null, contentType: "application/problem+json"));
        }
    }

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
