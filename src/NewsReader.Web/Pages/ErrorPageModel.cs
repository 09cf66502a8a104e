using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsReader.Web.Pages;

/// <summary>
/// The error and status pages, which the error middleware re-executes with the failed request's own method:
/// POST, DELETE, TRACE or one no handler is named for. Each has one handler, <c>OnGetAsync</c>, and answers
/// every method with it; without a handler Razor Pages would render the page with nothing set. Routing
/// leaves their methods open (<see cref="Web.GetAndHead.OnlyGetAndHead"/>).
/// </summary>
public abstract class ErrorPageModel : ReaderPageModel
{
    public override void OnPageHandlerSelected(PageHandlerSelectedContext context) =>
        context.HandlerMethod ??= context.ActionDescriptor.HandlerMethods.Single(handler => handler.HttpMethod == "Get");
}
