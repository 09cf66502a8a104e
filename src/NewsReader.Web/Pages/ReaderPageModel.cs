using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages;

/// <summary>Every page tells the layout its metadata through a typed property, not ViewData keys.</summary>
public abstract class ReaderPageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = PageMeta.Default;

    /// <summary>
    /// A query value that does not bind (<c>?page=abc</c>, a number past <see cref="int.MaxValue"/>) names
    /// no page: 404, as <c>?page=0</c> is, rather than the handler's default served under another address.
    /// GET and HEAD only: the status page, re-executed for a failed POST, would find the same request's
    /// unreadable form here and answer 404 for what was a 400.
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!ModelState.IsValid && (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method)))
            context.Result = NotFound();
    }
}
