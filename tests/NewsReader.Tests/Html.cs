using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsReader.Tests;

/// <summary>Parses a response into a DOM, as the ASP.NET Core docs' HtmlHelpers do, so tests assert on selectors.</summary>
static class Html
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default)
            .OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
        return Assert.IsAssignableFrom<IHtmlDocument>(document);
    }

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await ParseAsync(response);
    }

    /// <summary>The element's text as a reader sees it: whitespace runs collapsed to one space.</summary>
    public static string Text(this IElement? element) =>
        string.Join(' ', Assert.IsAssignableFrom<IElement>(element).TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
