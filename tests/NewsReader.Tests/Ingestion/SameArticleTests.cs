using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

/// <summary>Which captures are one article: the key the loader compares.</summary>
public class SameArticleTests
{
    const string Capture = "Élysée talks resume after strike\n\nPARIS (AFP) - Ministers met at the Élysée on Monday, the café owners' union said.\n";

    [Theory]
    [InlineData("Elysee talks resume after strike\n\nPARIS (AFP) - Ministers met at the Elysee on Monday, the cafe owners' union said.\n")] // accents lost
    [InlineData("ÉLYSÉE TALKS RESUME AFTER STRIKE\n\nPARIS (AFP) — Ministers met at the Élysée on Monday, the café owners’ union said.\n")]
    public void CapturesThatDifferOnlyInAccentsCaseOrPunctuationAreOneArticle(string other) =>
        Assert.Equal(SameArticle.KeyOf(Samples.Parse(Capture)), SameArticle.KeyOf(Samples.Parse(other)));

    [Theory]
    [InlineData("Élysée talks resume after strike\n\nPARIS (AFP) - Ministers met at the Élysée on Tuesday, the café owners' union said.\n")]
    [InlineData("Élysée talks collapse after strike\n\nPARIS (AFP) - Ministers met at the Élysée on Monday, the café owners' union said.\n")]
    public void AnotherStoryOrHeadlineIsAnotherArticle(string other) =>
        Assert.NotEqual(SameArticle.KeyOf(Samples.Parse(Capture)), SameArticle.KeyOf(Samples.Parse(other)));
}
