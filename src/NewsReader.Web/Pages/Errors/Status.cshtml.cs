using Microsoft.AspNetCore.Diagnostics;

namespace NewsReader.Web.Pages.Errors;

/// <summary>The friendly page for 4xx/5xx status codes on page routes (re-executed by the status-code middleware).</summary>
public sealed class StatusModel : ReaderPageModel
{
    public int Code { get; private set; }

    public void OnGet(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 404;
        // Reached directly (/errors/404) the page still answers with the code it describes.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null) Response.StatusCode = Code;
        Meta = Code == 404
            ? new PageMeta("Page not found · NewsReader", "There is no page at this address.", "/")
            : new PageMeta("Something went wrong · NewsReader", "NewsReader could not show this page.", "/");
    }
}
