using NewsReader.Web.Search;

namespace NewsReader.Tests.Search;

public class RelevanceTests
{
    static IReadOnlyList<TeaserRelevance> Ranked()
    {
        var library = Library.Seed();
        return library.Index.RankTeasers(library.Articles[0], library.StoryOf);
    }

    [Fact]
    public void NatoJapanKoreaChinaAndUkraineTeasersRankAboveBroncosUtahAndMsnbc()
    {
        var ranked = Ranked().Select(r => r.Teaser.Title).ToList();
        string[] topical = ["NATO", "Nato", "Japan", "Korea", "China", "Ukraine"];
        var onTopic = ranked.Where(t => topical.Any(t.Contains)).ToList();
        Assert.True(onTopic.Count >= 7, string.Join(" | ", onTopic));
        var offTopic = ranked.Where(t => t.Contains("Broncos") || t.Contains("Utah") || t.Contains("MSNBC")).ToList();
        Assert.Equal(3, offTopic.Count);
        Assert.True(onTopic.Max(ranked.IndexOf) < offTopic.Min(ranked.IndexOf), string.Join("\n", ranked));
    }

    [Fact]
    public void ClearlyRelatedTeasersComeFirstAndShowSharedTerms()
    {
        var ranked = Ranked();
        var related = ranked.TakeWhile(r => r.Related).Select(r => r.Teaser.Title).ToList();
        Assert.Equal("NATO, Japan pledge to strengthen ties in face of 'historic' security threat", related[0]);
        Assert.Contains("NATO chief urges closer ties with Japan to defend democracy", related);
        Assert.Contains("NATO chief urges Seoul to send military support to Ukraine", related);
        Assert.DoesNotContain(ranked.SkipWhile(r => r.Related), r => r.Related);
        Assert.Contains("japan", ranked[0].SharedTerms);
        Assert.DoesNotContain(ranked.Where(r => r.Teaser.Title.Contains("Broncos")), r => r.Related);
    }

    [Fact]
    public void EqualRelevanceKeepsFileOrder()
    {
        var ranked = Ranked();
        var zero = ranked.Where(r => r.Relevance == 0).Select(r => r.FileOrder).ToList();
        Assert.Equal(zero.Order(), zero);
    }

    [Fact]
    public void RelevanceIsACosineBetweenZeroAndOne() =>
        Assert.All(Ranked(), r => Assert.InRange(r.Relevance, 0, 1));
}
