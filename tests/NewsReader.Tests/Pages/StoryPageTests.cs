namespace NewsReader.Tests.Pages;

public class StoryPageTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    [Fact]
    public async Task StoriesPageListsEachRecommendedStoryOnceWithItsRecommenders()
    {
        var doc = await factory.CreateClient().GetPageAsync("/stories");
        var items = doc.QuerySelectorAll(".story-item");
        Assert.Equal(20, items.Length);
        Assert.Equal(20, items.Select(i => i.QuerySelector("h2 a")!.GetAttribute("href")).Distinct().Count());
        Assert.All(items, i => Assert.Equal($"/articles/{PageTests.SeedSlug}", i.QuerySelector(".story-item-by a")!.GetAttribute("href")));
        Assert.All(items, i => Assert.Contains("Recommended by 1 article", i.QuerySelector(".story-item-by")!.TextContent));
    }

    [Fact]
    public async Task StoryRecommendedByTwoArticlesIsListedOnceAndFirst()
    {
        using var seeds = new TempSeedFolder().WithSeed()
            .WithFile("001.txt", "Another story\n\nBody text.\n\nRecommended Stories\n\n  • Explainer: What is driving the violence in eastern Congo?\n\n    A summary.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/stories");
        var first = doc.QuerySelectorAll(".story-item")[0];
        // The seed writes "Explainer-What…", the other capture "Explainer: What…": one story, set as a kicker.
        Assert.Equal("Explainer: What is driving the violence in eastern Congo?", first.QuerySelector("h2").Text());
        Assert.Equal(2, first.QuerySelectorAll(".story-item-by a").Length);
        Assert.Equal(20, doc.QuerySelectorAll(".story-item").Length);
    }

    [Theory]
    [InlineData(4, 4, null)]        // "and 1 more" would take as much room as the headline it hides
    [InlineData(5, 3, "and 2 more")]
    public async Task TheListNamesAFewRecommendingArticlesAndTheStoryPageTheRest(int articles, int named, string? more)
    {
        var seeds = new TempSeedFolder();
        for (var i = 0; i < articles; i++)
            seeds.WithFile($"{i}.txt", $"Story number {i}\n\nBody text.\n\nRecommended Stories\n\n  • Ferry timetable changes\n\n    New times.");
        using (seeds)
        using (var app = new NewsReaderFactory { SeedsPath = seeds.Path })
        {
            var doc = await app.CreateClient().GetPageAsync("/stories");
            var by = Assert.Single(doc.QuerySelectorAll(".story-item")).QuerySelector(".story-item-by")!;
            Assert.StartsWith($"Recommended by {articles} articles:", by.Text());
            Assert.Equal(named, by.QuerySelectorAll("a[href^='/articles/']").Length);
            var link = by.QuerySelector(".story-item-more");
            // Said in full to a screen reader, which may list the page's links out of their context.
            Assert.Equal(more is null ? null : $"{more} articles recommending “Ferry timetable changes”", link?.TextContent);
            Assert.Equal(more, link?.ChildNodes.OfType<AngleSharp.Dom.IText>().Single().Text.Trim());
            if (link is not null) Assert.Equal("/stories/ferry-timetable-changes", link.GetAttribute("href"));

            var story = await app.CreateClient().GetPageAsync("/stories/ferry-timetable-changes");
            Assert.Equal(articles, story.QuerySelectorAll("main a[href^='/articles/']").Length);
        }
    }

    [Fact]
    public async Task ASummaryTheCaptureCutOffEndsInOneEllipsisWhereverItIsShown()
    {
        using var seeds = new TempSeedFolder().WithFile("a.txt", """
            Harbour reopens

            OSLO (AP) - The harbour reopened.

            Recommended Stories

              • Ferry timetable changes

                New times start on Monday with the real estate com

              • Bridge closes for repairs

                Work will take three weeks and...
            """);
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var client = app.CreateClient();
        var list = await client.GetPageAsync("/stories");
        Assert.Equal(["New times start on Monday with the real estate com…", "Work will take three weeks and…"],
            list.QuerySelectorAll(".story-item-summary").Select(p => p.Text()).Order());
        Assert.Equal("New times start on Monday with the real estate com…", (await client.GetPageAsync("/stories/ferry-timetable-changes")).QuerySelector(".story-summary").Text());
        Assert.Equal("Work will take three weeks and…", (await client.GetPageAsync("/stories/bridge-closes-for-repairs")).QuerySelector(".story-summary").Text());
        var teasers = (await client.GetPageAsync("/articles/harbour-reopens")).QuerySelectorAll(".teaser-summary").Select(p => p.Text()).Order();
        Assert.Equal(["New times start on Monday with the real estate com…", "Work will take three weeks and…"], teasers);
    }

    [Fact]
    public async Task AKickerIsSetAlikeInTheHeadingAndTheWindowTitle()
    {
        var doc = await factory.CreateClient().GetPageAsync("/stories/explainer-what-is-driving-the-violence-in-eastern-congo");
        Assert.Equal("Explainer: What is driving the violence in eastern Congo?", doc.QuerySelector("h1").Text());
        Assert.StartsWith("Explainer: What is driving the violence in eastern Congo? · ", doc.Title);
    }

    [Fact]
    public async Task StoryPageShowsTitleSummaryAndRecommendingArticles()
    {
        var doc = await factory.CreateClient().GetPageAsync($"/stories/{PageTests.StorySlug}");
        Assert.Equal("NATO, Japan pledge to strengthen ties in face of ‘historic’ security threat", doc.QuerySelector("h1").Text());
        // The capture's "TOKYO (Reuters) -NATO" is set as the article's own dateline is, with a spaced em dash.
        Assert.StartsWith("TOKYO (Reuters) — NATO chief Jens Stoltenberg", doc.QuerySelector(".story-summary").Text());
        var by = Assert.Single(doc.QuerySelectorAll(".recommended-by li > a"));
        Assert.Equal($"/articles/{PageTests.SeedSlug}", by.GetAttribute("href"));
        Assert.Null(doc.QuerySelector(".full-article"));
    }

    [Fact]
    public async Task StoryPageLinksTheFullArticleWhenTheLibraryHasIt()
    {
        using var seeds = new TempSeedFolder().WithSeed()
            .WithFile("001.txt", "NATO chief urges Seoul to send military support to Ukraine\n\nSEOUL (Reuters) - NATO's chief urged South Korea to send arms.");
        using var app = new NewsReaderFactory { SeedsPath = seeds.Path };
        var doc = await app.CreateClient().GetPageAsync("/stories/nato-chief-urges-seoul-to-send-military-support-to-ukraine");
        Assert.Equal("/articles/nato-chief-urges-seoul-to-send-military-support-to-ukraine", doc.QuerySelector(".full-article a")?.GetAttribute("href"));
    }
}
