namespace NewsReader.Web.Web;

public static class InlineSocketScheduling
{
    const string InlineCompletions = "DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS";

    /// <summary>
    /// Runs each request on the socket thread that read it, instead of handing it to the thread pool and
    /// back twice (Kestrel's <c>UnsafePreferInlineScheduling</c> and the runtime's inline socket
    /// completions). Almost every request here is a page served from memory in a few microseconds, so the
    /// hand-offs cost more than the work: on the 2-core benchmark machine a bare Kestrel endpoint went from
    /// 0.61 to 0.86 of nginx with both (benchmarks/README.md). The price is that code which blocks a
    /// request thread would stall the other connections on that socket thread; request code in this app
    /// never blocks (all I/O is async; the longest CPU work, a search or a first render, takes about a
    /// millisecond). Set <c>Server:InlineScheduling</c> to false to turn it off.
    /// </summary>
    public static WebApplicationBuilder UseInlineSocketScheduling(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue("Server:InlineScheduling", true))
            return builder;

        // Read once, when the first socket is made (Kestrel binding, after this); an explicit value wins.
        if (Environment.GetEnvironmentVariable(InlineCompletions) is null)
            Environment.SetEnvironmentVariable(InlineCompletions, "1");
        builder.WebHost.UseSockets(sockets => sockets.UnsafePreferInlineScheduling = true);
        return builder;
    }
}
