using NewsReader.Web.Articles;

namespace NewsReader.Web.Pages.Shared;

/// <summary>What the _Teaser partial needs: the teaser, its story (for the link), its heading level and why it is related.</summary>
public sealed record TeaserCard(Teaser Teaser, Story Story, int HeadingLevel, IReadOnlyList<string> SharedTerms);
