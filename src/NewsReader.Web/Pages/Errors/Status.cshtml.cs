using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Web;

namespace NewsReader.Web.Pages.Errors;

/// <summary>
/// The friendly page for 4xx/5xx status codes (re-executed by the status-code middleware); for an API
/// request, the same status as application/problem+json.
/// </summary>
public sealed class StatusModel(IProblemDetailsService problems) : ReaderPageModel
{
    public int Code { get; private set; }

    public async Task<IActionResult> OnGetAsync(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        // Reached directly (/errors/404) the page still answers with the code it describes.
        if (reExecuted is null) Response.StatusCode = Code;
        else if (ErrorHandling.IsApiPath(reExecuted.OriginalPath))
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = HttpContext, ProblemDetails = { Status = Code } });
            return new EmptyResult();
        }
        Meta = Code == 404
            ? new PageMeta("Page not found · NewsReader", "There is no page at this address.", "/")
            : new PageMeta("Something went wrong · NewsReader", "NewsReader could not show this page.", "/");
        return Page();
    }
}
