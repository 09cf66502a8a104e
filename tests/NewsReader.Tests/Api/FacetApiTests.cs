using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsReader.Tests.Api;

/// <summary>/api/authors, /api/agencies, /api/places and one name's articles: the browse pages' data.</summary>
public class FacetApiTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Theory]
    [InlineData("/api/authors", "sakura-murakami", "Sakura Murakami")]
    [InlineData("/api/agencies", "reuters", "Reuters")]
    [InlineData("/api/places", "tokyo", "Tokyo")]
    public async Task EachKindListsItsNamesAndEachNameItsArticles(string path, string slug, string name)
    {
        var client = factory.CreateClient();
        var list = await client.GetFromJsonAsync<JsonElement>(path);
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal(["slug", "name", "articleCount"], item.EnumerateObject().Select(p => p.Name));
        Assert.Equal(slug, item.GetProperty("slug").GetString());
        Assert.Equal(name, item.GetProperty("name").GetString());
        Assert.Equal(1, item.GetProperty("articleCount").GetInt32());

        var detail = await client.GetFromJsonAsync<JsonElement>($"{path}/{slug}");
        Assert.Equal(["slug", "name", "articles"], detail.EnumerateObject().Select(p => p.Name));
        var article = Assert.Single(detail.GetProperty("articles").EnumerateArray());
        Assert.Equal(NewsReader.Tests.Pages.PageTests.SeedSlug, article.GetProperty("slug").GetString());
        Assert.Equal("Sakura Murakami", Assert.Single(article.GetProperty("authors").EnumerateArray()).GetString());
    }

    [Theory]
    [InlineData("/api/authors/nobody", "Author not found")]
    [InlineData("/api/agencies/tass", "News agency not found")]
    [InlineData("/api/places/atlantis", "Place not found")]
    [InlineData("/api/places/Tokyo", "Place not found")] // slugs are lower case, as the pages' are
    public async Task AnUnknownNameIsA404Problem(string path, string title)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheListIsInThePagesOrderAndPagesLikeTheOthers()
    {
        string[] names = ["Zoe Adams", "Élise Martin", "Lee Park"];
        using var seeds = new TempSeedFolder();
        for (var i = 0; i < names.Length; i++) seeds.WithFile($"{i}.txt", Samples.ByAuthor(names[i], i));
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();

        var all = await client.GetFromJsonAsync<JsonElement>("/api/authors");
        Assert.Equal(["Élise Martin", "Lee Park", "Zoe Adams"], all.EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var page = await client.GetAsync("/api/authors?page=2&pageSize=2");
        Assert.Equal("3", page.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(["Zoe Adams"], (await page.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        var doc = await client.GetPageAsync("/authors");
        Assert.Equal(all.EnumerateArray().Select(a => a.GetProperty("name").GetString()), doc.QuerySelectorAll("main .name-list a").Select(a => a.Text()));
    }
}
