namespace NewsReader.Web.Web;

public static class GetAndHead
{
    static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// <c>MapGet</c> that answers HEAD too, as HTTP asks of every resource that answers GET (RFC 9110,
    /// section 9.3.2) and as the Razor pages already do: feed readers, link checkers and crawlers ask
    /// HEAD first, and were told 405. Kestrel sends the headers of the GET answer without its body.
    /// </summary>
    public static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, Methods, handler);
}
