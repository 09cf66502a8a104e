using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsReader.Web.Pages;

/// <summary>Every page tells the layout its metadata through a typed property, not ViewData keys.</summary>
public abstract class ReaderPageModel : PageModel
{
    public PageMeta Meta { get; protected set; } = PageMeta.Default;
}
