using System.Diagnostics;

namespace NewsReader.Web.Pages;

/// <summary>Shown for unhandled exceptions outside Development: an apology and a request id, never a stack trace.</summary>
public sealed class ErrorModel : ReaderPageModel
{
    public string RequestId { get; private set; } = "";

    public void OnGet() => Prepare();
    public void OnPost() => Prepare();

    void Prepare()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Meta = new PageMeta("Something went wrong · NewsReader", "NewsReader could not show this page.", "/");
    }
}
