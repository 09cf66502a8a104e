using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace NewsReader.Web.Web;

public static class GetAndHead
{
    /// <summary>
    /// The methods every GET endpoint maps (<c>MapMethods(pattern, GetAndHead.Methods, handler)</c>): HEAD too, as
    /// HTTP asks of every resource that answers GET (RFC 9110, section 9.3.2) and as the Razor pages already do.
    /// Feed readers, link checkers and crawlers ask HEAD first, and were told 405. Kestrel sends the headers of
    /// the GET answer without its body. Each call names its handler itself, with no wrapper in between, so the
    /// compile-time request delegate generator can build it (a wrapper taking a <c>Delegate</c> hides it).
    /// </summary>
    public static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>
    /// Pages are read, never written to: each answers GET and HEAD, and any other method is routing's 405 with
    /// <c>Allow: GET, HEAD</c>, shown as the status page. Left alone: the pages whose model derives from
    /// <paramref name="answersAnyMethod"/>, which the error middleware re-executes with the failed request's
    /// own method.
    /// </summary>
    public static void OnlyGetAndHead(this PageConventionCollection conventions, Type answersAnyMethod) =>
        conventions.AddFolderApplicationModelConvention("/", page =>
        {
            if (page.ModelType?.IsAssignableTo(answersAnyMethod) != true) page.EndpointMetadata.Add(new HttpMethodMetadata(Methods));
        });
}
