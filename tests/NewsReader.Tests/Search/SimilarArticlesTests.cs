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

    [Fact]
    public void AmongEquallySimilarArticlesTheEarlierInTheLibraryComeFirst()
    {
        var library = Library.Of([
            "Harbour cranes idle\n\nROTTERDAM (Reuters) - Harbour cranes stood idle as dockers walked out.",
            "Football season opens\n\nMADRID (AFP) - The football season opened with a derby.",
            .. Enumerable.Range(0, 5).Select(_ => "Dockers strike\n\nHAMBURG (Reuters) - Dockers walked out at the harbour."),
        ]);

        var similar = library.Index.SimilarArticles(library.Articles[0]);

        Assert.Equal(library.Articles.Skip(2).Take(3), similar);
    }

    [Fact]
    public void FindingSimilarArticlesAllocatesNothingForEachArticleThatSharesATerm()
    {
        // 4,000 articles share the page's words; only the page's own terms and the three found may cost
        // memory. A dictionary of every score, then sorting them all, once cost 345 KB here.
        var library = Library.Of([.. Enumerable.Range(0, 4000).Select(i => $"Dockers strike {i}\n\nHAMBURG (Reuters) - Dockers walked out at the harbour {i}.")]);
        library.Index.SimilarArticles(library.Articles[0]); // the first asks rent the scoring arrays for this thread

        var before = GC.GetAllocatedBytesForCurrentThread();
        var similar = library.Index.SimilarArticles(library.Articles[1]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(3, similar.Count);
        Assert.InRange(allocated, 0, 24 * 1024);
    }
}
