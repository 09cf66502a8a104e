namespace NewsReader.Tests.Search;

public class SimilarArticlesTests
{
    [Fact]
    public void MostSimilarArticleSharesTheTopic()
    {
        var library = Library.Of(
            "NATO allies discuss Ukraine support\n\nBRUSSELS (Reuters) - NATO allies discussed military support for Ukraine and air defence.",
            "Bakers celebrate sourdough week\n\nPARIS (AFP) - Bakers celebrated sourdough bread with flour and ovens.",
            "NATO defence ministers back more Ukraine air defence\n\nBRUSSELS (Reuters) - NATO defence ministers backed more air defence for Ukraine.",
            "Football season opens\n\nMADRID (AFP) - The football season opened with a derby.",
            "Bread prices rise as flour costs climb\n\nLONDON (Reuters) - Bakers said flour and bread prices rose.");
        var similar = library.Index.SimilarArticles(library.Articles[0]);
        Assert.Equal("NATO defence ministers back more Ukraine air defence", similar[0].Headline);
        Assert.DoesNotContain(library.Articles[0], similar);
        Assert.True(similar.Count <= 3);
        Assert.Equal("Bread prices rise as flour costs climb", library.Index.SimilarArticles(library.Articles[1])[0].Headline);
    }

    [Fact]
    public void ALibraryOfOneHasNothingSimilar()
    {
        var library = Library.Seed();
        Assert.Empty(library.Index.SimilarArticles(library.Articles[0]));
    }
}
