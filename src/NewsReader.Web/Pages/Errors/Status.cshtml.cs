using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Web;

namespace NewsReader.Web.Pages.Errors;

/// <summary>
/// The friendly page for 4xx/5xx status codes (re-executed by the status-code middleware); for an API
/// request, the same status as application/problem+json.
/// </summary>
[IgnoreAntiforgeryToken] // re-executed with the failed request's method, whatever it was
public sealed class StatusModel(IProblemDetailsService problems) : ReaderPageModel
{
    public int Code { get; private set; }

    public Task<IActionResult> OnGetAsync(int code) => RespondAsync(code);
    public Task<IActionResult> OnPostAsync(int code) => RespondAsync(code);
    public Task<IActionResult> OnPutAsync(int code) => RespondAsync(code);
    public Task<IActionResult> OnDeleteAsync(int code) => RespondAsync(code);
    public Task<IActionResult> OnPatchAsync(int code) => RespondAsync(code);

    async Task<IActionResult> RespondAsync(int code)
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
        Meta = Code switch
        {
            404 => new PageMeta("Page not found · NewsReader", "There is no page at this address.", "/"),
            429 => new PageMeta("Too many searches · NewsReader", "Please wait a few seconds and search again.", "/"),
            _ => new PageMeta("Something went wrong · NewsReader", "NewsReader could not show this page.", "/"),
        };
        return Page();
    }
}
