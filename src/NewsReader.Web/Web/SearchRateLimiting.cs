using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsReader.Web.Web;

/// <summary>How many searches one client may make per window (bound to "RateLimiting:Search").</summary>
public sealed class SearchRateLimitOptions
{
    public const string Section = "RateLimiting:Search";

    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 10;
}

public static class SearchRateLimiting
{
    /// <summary>
    /// The framework's rate limiter, as a global limiter so it also covers searches answered from the
    /// response cache: /search and /api/search are limited per client address; everything else is not.
    /// A refused request gets 429 with Retry-After, and the error pages give it a body (problem+json for
    /// the API, a friendly page otherwise).
    /// </summary>
    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<SearchRateLimitOptions>().BindConfiguration(SearchRateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SearchRateLimitOptions>>((options, search) =>
        {
            var limits = search.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // Only searches reach the limiter (see UseSearchRateLimiting), one window per client address;
            // the error page re-executed for a refusal passes the limiter again and is not refused.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Features.Get<IStatusCodeReExecuteFeature>() is not null ? RateLimitPartition.GetNoLimiter("") :
                RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                }));
        });
        return services;
    }

    /// <summary>
    /// Only searches pass through the limiter (pages and API answers never wait on it); it stands before
    /// the response cache so that repeated searches answered from memory count too, and after the branch's
    /// own status pages, which give a refusal its body.
    /// </summary>
    public static IApplicationBuilder UseSearchRateLimiting(this IApplicationBuilder app) =>
        app.UseWhen(context => IsSearch(context.Request.Path), search => search.UseReaderStatusPages().UseRateLimiter());

    /// <summary>The search page and the search API: rate-limited, and cached apart from pages, within their own budget.</summary>
    public static bool IsSearch(PathString path) =>
        path.StartsWithSegments("/search") || path.StartsWithSegments("/api/search");
}
