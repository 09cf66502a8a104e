using System.Buffers;
using NewsReader.Web.Search;

namespace NewsReader.Tests.Search;

public class SearchTests
{
    static readonly NewsReader.Web.Articles.LibrarySnapshot Corpus = Library.Of(
        Samples.SeedText,
        "Leopard tanks arrive in Poland\n\nWARSAW (Reuters) - The first Leopard tanks arrived on Friday. Soldiers began training at once.",
        "Football club signs striker\n\nMADRID (AFP) - The club signed a striker. Fans mentioned tanks of fuel for the team bus.",
        "Quiet day on the markets\n\nLONDON (Reuters) - Shares barely moved. A security guard said the security environment was calm.");

    static IReadOnlyList<SearchHit> Search(string q) => Corpus.Index.Search(q);

    [Fact]
    public void ArraysOtherCodeLeftDirtyInTheSharedPoolDoNotSpoilResults()
    {
        // The same thread gets back the array it just returned: leave one full of garbage, as any other
        // user of the shared pool may, and search at once.
        for (var size = 16; size <= 4096; size *= 2)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(size);
            var doubles = ArrayPool<double>.Shared.Rent(size);
            bytes.AsSpan().Fill(byte.MaxValue);
            doubles.AsSpan().Fill(double.NaN);
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<double>.Shared.Return(doubles);
        }

        var hits = Search("tanks");

        Assert.Equal("Leopard tanks arrive in Poland", hits[0].Title);
        Assert.All(hits, h => Assert.False(double.IsNaN(h.Score)));
    }

    [Fact]
    public void HeadlineMatchOutranksABodyMention()
    {
        var hits = Search("tanks");
        Assert.Equal("Leopard tanks arrive in Poland", hits[0].Title);
        Assert.Contains(hits, h => h.Title == "Football club signs striker");
    }

    [Fact]
    public void ResultsSayWhetherTheyHitAnArticleOrAStory()
    {
        var hits = Search("Leopard");
        Assert.Contains(hits, h => h.Kind == SearchHit.ArticleKind && h.Url == "/articles/leopard-tanks-arrive-in-poland");
        Assert.Contains(hits, h => h.Kind == SearchHit.StoryKind && h.Title == "Poland aims to get training time on Leopard tanks down to 5 weeks");
    }

    [Fact]
    public void PhraseMustAppearAsWritten()
    {
        // The seed's body, one recommended story's summary, and the markets article say it; nothing else does.
        var hits = Search("\"security environment\"");
        Assert.Equal(["NATO chief stresses importance of Indo-Pacific partners amid security tensions",
                      "NATO, Japan pledge to strengthen ties in face of 'historic' security threat",
                      "Quiet day on the markets"], hits.Select(h => h.Title).Order());
        Assert.Empty(Search("\"environment security\""));
    }

    [Fact]
    public void AnUnknownLooseWordDoesNotCancelAPhrase() =>
        Assert.Equal(3, Search("\"security environment\" xqzzvv").Count);

    [Fact]
    public void PhraseWithStopWordsMatchesExactly()
    {
        Assert.Contains(Search("\"end the war\""), h => h.Title == "This will force Russia to end the war");
        Assert.Empty(Search("\"end of the war\""));
    }

    [Fact]
    public void SnippetMarksEveryMatchedWord()
    {
        var hit = Search("Stoltenberg Tokyo").First(h => h.Kind == SearchHit.ArticleKind);
        Assert.NotEmpty(hit.Highlights);
        Assert.All(hit.Highlights, h => Assert.Contains(hit.Snippet.Substring(h.Start, h.Length), new[] { "Stoltenberg", "Tokyo", "TOKYO" }));
    }

    [Fact]
    public void SnippetIsCutAroundTheMatch()
    {
        var hit = Search("criticised").Single();
        Assert.True(hit.Snippet.Length <= 245, hit.Snippet);
        Assert.Contains("criticised", hit.Snippet.Substring(hit.Highlights[0].Start, hit.Highlights[0].Length));
    }

    [Fact]
    public void ASnippetOpensBeforeItsFirstMatchAndMarksEveryMatchUpToItsEnd()
    {
        var opening = string.Join(' ', Enumerable.Repeat("The harbour was quiet all week long.", 6)); // 215 characters, no match
        var text = $"{opening} Then tanks rolled in, and more tanks followed the first {string.Join(' ', Enumerable.Repeat("convoy of trucks", 20))} and the last tanks left.";
        var marks = new HashSet<string>(["tank"], StringComparer.Ordinal);

        var (snippet, highlights) = NewsReader.Web.Search.LibraryIndex.Snippet(text, marks);

        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.InRange(snippet.Length, 200, 245);
        Assert.Equal(["tanks", "tanks"], highlights.Select(h => snippet.Substring(h.Start, h.Length)));
        Assert.Contains("quiet all week long. Then tanks rolled in", snippet); // about 40 characters before the first
        Assert.DoesNotContain("last tanks", snippet); // past the end, so not marked either
    }

    [Fact]
    public void ASnippetWithoutAMatchIsTheTextsOpening()
    {
        var text = string.Join(' ', Enumerable.Repeat("The harbour was quiet all week long.", 10));
        var (snippet, highlights) = NewsReader.Web.Search.LibraryIndex.Snippet(text, new HashSet<string>(["tank"], StringComparer.Ordinal));
        Assert.StartsWith("The harbour was quiet", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Empty(highlights);
    }

    [Fact]
    public void AnArticlesSnippetComesFromItsFirstParagraphWithTheMostQueryWords()
    {
        var library = Library.Of("""
            Harbour news

            OSLO (AP) - The harbour was quiet.

            Then tanks arrived.

            Tanks and a convoy arrived at the harbour.

            Another convoy of tanks came later.
            """);

        var hit = Assert.Single(library.Index.Search("tanks convoy"));

        Assert.Equal("Tanks and a convoy arrived at the harbour.", hit.Snippet);
    }

    [Fact]
    public void AWordNoArticleUsesDoesNotChooseTheSnippet()
    {
        // "2345" is no word of the library; it only appears inside "A-23456". The paragraph is chosen by the
        // words that can match, so the first paragraph holding "convoy" is the one.
        var library = Library.Of("""
            Harbour news

            OSLO (AP) - A convoy reached the harbour.

            The convoy's lead truck, A-23456, broke down.
            """);

        var hit = Assert.Single(library.Index.Search("convoy 2345"));

        Assert.Equal("OSLO (AP) - A convoy reached the harbour.", hit.Snippet);
    }

    [Fact]
    public void CaseAccentsAndPluralsFold()
    {
        Assert.Equal(Search("tanks").Select(h => h.Slug), Search("TANK").Select(h => h.Slug));
        Assert.NotEmpty(Search("Stoltenbérg"));
    }

    [Fact]
    public void MoreMatchedWordsRankHigher()
    {
        var hits = Search("security guard");
        Assert.Equal("Quiet day on the markets", hits[0].Title);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("the of and")]
    [InlineData("\"\"")]
    public void EmptyOrStopWordQueriesFindNothing(string? q) => Assert.Empty(Search(q!));

    [Theory]
    [InlineData("xqzzvv")]
    [InlineData("zebra unicorn")]
    [InlineData("\"tanks zebra\"")]
    public void NonsenseQueriesFindNothing(string q) => Assert.Empty(Search(q));

    [Fact]
    public void VeryLongQueriesAreCutNotRejected() => Assert.NotEmpty(Search("tanks " + new string('x', 5000)));

    [Fact]
    public void WhenMoreResultsTieThanFitTheEarlierInTheLibraryAreKept()
    {
        // Equal scores, and the documents that match the query's first word come later in the library than
        // those that match its second, so the ranking meets them in the other order.
        var alpha = Enumerable.Range(0, 4).Select(_ => "Weather report\n\nLONDON (Reuters) - The alpha plan was set today.");
        var beta = Enumerable.Range(0, 4).Select(_ => "Weather report\n\nLONDON (Reuters) - The beta plan was set today.");
        var library = Library.Of([.. alpha, .. beta]);

        var hits = library.Index.Search("beta alpha", limit: 3);

        Assert.Equal(library.Articles.Take(3).Select(a => a.Slug), hits.Select(h => h.Slug));
        Assert.Single(hits.Select(h => h.Score).Distinct());
    }

    [Fact]
    public void PagesOfASearchFollowOneAnotherAndCountEveryMatch()
    {
        var library = Library.Of([.. Enumerable.Range(0, 45).Select(i => $"Tanks report {i}\n\nWARSAW (Reuters) - {string.Join(' ', Enumerable.Repeat("tanks", 1 + i % 7))} arrived."),
            "Rain expected\n\nDUBLIN (AP) - Forecasters expect rain."]);
        var all = library.Index.Search("tanks", 0, 100);

        var pages = Enumerable.Range(0, 3).Select(p => library.Index.Search("tanks", p * 20, 20)).ToList();

        Assert.All(pages, p => Assert.Equal(45, p.Total));
        Assert.Equal([20, 20, 5], pages.Select(p => p.Hits.Count));
        Assert.Equal(all.Hits.Select(h => h.Slug), pages.SelectMany(p => p.Hits).Select(h => h.Slug));
        Assert.Equal(45, all.Hits.Select(h => h.Slug).Distinct().Count());
        Assert.All(pages.SelectMany(p => p.Hits), h => Assert.NotEmpty(h.Highlights));
        var past = library.Index.Search("tanks", 45, 20);
        Assert.Equal((45, 0), (past.Total, past.Hits.Count));
    }

    [Fact]
    public void APhraseSearchCountsOnlyTheDocumentsThatHoldThePhrase()
    {
        var library = Library.Of(
            "Security environment worsens\n\nTOKYO (Reuters) - The security environment worsened.",
            "Talks on the environment\n\nOSLO (AP) - Security was tight as talks on the environment began.",
            "Markets calm\n\nLONDON (Reuters) - Shares barely moved.");

        var found = library.Index.Search("\"security environment\"", 0, 1);

        Assert.Equal(1, found.Total);
        Assert.Equal("security-environment-worsens", Assert.Single(found.Hits).Slug);
        Assert.Equal(2, library.Index.Search("security environment", 0, 1).Total);
    }

    [Fact]
    public void SearchingAllocatesNothingForEachMatchingDocument()
    {
        // 4,000 articles match; only the 20 results may cost memory. A lambda capturing the document in
        // the ranking loop once cost 24 bytes for each match (96 KB here, 180 KB a query over 5,000 articles).
        var library = Library.Of([.. Enumerable.Range(0, 4000).Select(i => $"Tanks report {i}\n\nWARSAW (Reuters) - Tanks arrived in convoy {i}.")]);
        library.Index.Search("tanks convoy"); // the first query rents the scoring arrays for this thread

        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = library.Index.Search("tanks convoy");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(20, hits.Count);
        Assert.InRange(allocated, 0, 24 * 1024);
    }
}
