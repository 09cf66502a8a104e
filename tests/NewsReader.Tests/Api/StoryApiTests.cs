using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsReader.Tests.Pages;

namespace NewsReader.Tests.Api;

public class StoryApiTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Fact]
    public async Task ListGivesTheStoriesPageItsStoriesInItsOrder()
    {
        var client = factory.CreateClient();
        var list = (await client.GetFromJsonAsync<JsonElement>("/api/stories")).EnumerateArray().ToList();
        Assert.Equal(20, list.Count);
        Assert.Equal(["slug", "title", "summary", "truncated", "recommendedByCount"], list[0].EnumerateObject().Select(p => p.Name));
        Assert.All(list, s => Assert.Equal(1, s.GetProperty("recommendedByCount").GetInt32()));

        var page = await client.GetPageAsync("/stories");
        var slugs = page.QuerySelectorAll(".story-item-title a").Select(a => a.GetAttribute("href")!["/stories/".Length..]).ToList();
        Assert.NotEmpty(slugs);
        Assert.Equal(slugs, list.Take(slugs.Count).Select(s => s.GetProperty("slug").GetString()));
    }

    [Fact]
    public async Task AnArticlesRecommendedItemsNameTheirStory()
    {
        var client = factory.CreateClient();
        var article = await client.GetFromJsonAsync<JsonElement>($"/api/articles/{PageTests.SeedSlug}");
        var first = article.GetProperty("recommended")[0];

        var story = await client.GetFromJsonAsync<JsonElement>($"/api/stories/{first.GetProperty("story").GetString()}");
        Assert.Equal(["slug", "title", "summary", "truncated", "fullArticle", "recommendedBy"], story.EnumerateObject().Select(p => p.Name));
        Assert.Equal(first.GetProperty("title").GetString(), story.GetProperty("title").GetString());
        var by = Assert.Single(story.GetProperty("recommendedBy").EnumerateArray());
        Assert.Equal(PageTests.SeedSlug, by.GetProperty("slug").GetString());
        Assert.Equal("NATO chief stresses importance of Indo-Pacific partners amid security tensions", by.GetProperty("headline").GetString());
        Assert.Equal(JsonValueKind.Null, story.GetProperty("fullArticle").ValueKind);
    }

    [Fact]
    public async Task AStoryTheLibraryHoldsNamesItsFullArticle()
    {
        using var seeds = new TempSeedFolder()
            .WithFile("a.txt", "Harbour reopens\n\nOSLO (AP) - The harbour reopened.\n\nRecommended Stories\n\n  • Ferry timetable changes\n\n    New times from Monday.")
            .WithFile("b.txt", "Ferry timetable changes\n\nOSLO (AP) - New times start on Monday.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var story = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/stories/ferry-timetable-changes");
        Assert.Equal("ferry-timetable-changes", story.GetProperty("fullArticle").GetString());
        Assert.Equal("harbour-reopens", Assert.Single(story.GetProperty("recommendedBy").EnumerateArray()).GetProperty("slug").GetString());
    }

    [Theory]
    [InlineData("/api/stories/no-such-story")]
    [InlineData("/api/stories/Not%20A%20Slug")]
    public async Task UnknownStoryIsA404ProblemJson(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Story not found", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}
