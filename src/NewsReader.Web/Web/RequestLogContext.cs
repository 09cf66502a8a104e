using Serilog.Context;

namespace NewsReader.Web.Web;

public static class RequestLogContext
{
    /// <summary>Every log event written while a request runs carries its RequestId (and the console shows it).</summary>
    public static IApplicationBuilder UseRequestIdInLogs(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            using (LogContext.PushProperty("RequestId", context.TraceIdentifier))
                await next(context);
        });
}
