using Microsoft.AspNetCore.Mvc;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Stories;

public sealed class StoryModel(ArticleStore store) : ReaderPageModel
{
    public Story Story { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (!Slug.IsWellFormed(slug) || store.Current.FindStory(slug) is not { } story) return NotFound();
        Story = story;
        var description = story.Summary is { } s ? Typesetter.Shorten(s, 160) : $"A story recommended by {story.RecommendedBy.Count} articles in the library.";
        Meta = new PageMeta($"{story.Title} · NewsReader", description, $"/stories/{story.Slug}") { Section = "stories" };
        return Page();
    }
}
