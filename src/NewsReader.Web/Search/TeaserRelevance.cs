using NewsReader.Web.Articles;

namespace NewsReader.Web.Search;

/// <summary>How one recommended story relates to the article recommending it.</summary>
public sealed record TeaserRelevance(Teaser Teaser, Story Story, int FileOrder, double Relevance, bool Related, IReadOnlyList<string> SharedTerms);
