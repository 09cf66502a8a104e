using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Web;

namespace NewsReader.Web.Pages;

/// <summary>
/// Shown for unhandled exceptions outside Development: an apology and a request id, never a stack trace.
/// An API request gets the same as application/problem+json. Asked for directly, it is a 404.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : ErrorPageModel
{
    public string RequestId { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        // Asked for directly (/error), nothing failed: an unknown address, answered by the 404 page.
        if (HttpContext.Features.Get<IExceptionHandlerPathFeature>() is not { } failed) return NotFound();
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (ErrorHandling.IsApiPath(failed.Path))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Something went wrong").ExecuteAsync(HttpContext);
            return new EmptyResult();
        }
        Meta = new PageMeta("Something went wrong · NewsReader", "NewsReader could not show this page.", "/");
        return Page();
    }
}
