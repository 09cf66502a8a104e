using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Web;

namespace NewsReader.Web.Pages.Errors;

/// <summary>
/// The friendly page for 4xx/5xx status codes, re-executed by the status-code middleware; for an API
/// request, the same status as application/problem+json. Asked for directly, it is a 404.
/// </summary>
[IgnoreAntiforgeryToken] // re-executed with the failed request's method, whatever it was (see ErrorPageModel)
public sealed class StatusModel : ErrorPageModel
{
    public int Code { get; private set; }

    /// <summary>For a missing article or story, the words of its address ("/articles/nato-chief-warns" →
    /// "nato chief warns"), to search for; otherwise empty.</summary>
    public string SuggestedQuery { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        // Not a page of its own: asked for directly (/errors/500), it is an unknown address. Answering with
        // the code it names would let any client write 5xx responses and error lines into the log at will.
        if (reExecuted is null) return NotFound();
        Code = code is >= 400 and <= 599 ? code : 404;
        if (ErrorHandling.IsApiPath(reExecuted.OriginalPath))
        {
            await TypedResults.Problem(statusCode: Code).ExecuteAsync(HttpContext);
            return new EmptyResult();
        }
        if (Code == 404) SuggestedQuery = WordsOf(reExecuted.OriginalPath);
        Meta = Code switch
        {
            404 => new PageMeta("Page not found · NewsReader", "There is no page at this address.", "/"),
            405 => new PageMeta("This page is for reading · NewsReader", "NewsReader's pages answer GET and HEAD requests only.", "/"),
            429 => new PageMeta("Too many searches · NewsReader", "Please wait a few seconds and search again.", "/"),
            _ => new PageMeta("Something went wrong · NewsReader", "NewsReader could not show this page.", "/"),
        };
        return Page();
    }

    static string WordsOf(string path)
    {
        foreach (var section in (ReadOnlySpan<string>)["/articles/", "/stories/"])
        {
            if (!path.StartsWith(section, StringComparison.Ordinal)) continue;
            var slug = path[section.Length..].TrimEnd('/');
            return slug.Length is > 0 and <= 200 && slug.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
                ? string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries))
                : "";
        }
        return "";
    }
}
