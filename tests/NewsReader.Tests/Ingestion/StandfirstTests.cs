namespace NewsReader.Tests.Ingestion;

/// <summary>
/// The standfirst (a dek: the sentence some sites set between the headline and the photo, The Guardian's
/// summary, Reuters's subheading) is the article's own part, neither the photo's caption nor the story.
/// </summary>
public class StandfirstTests
{
    const string ReutersWithDek = """
        NATO chief stresses importance of Indo-Pacific partners

        Stoltenberg visits Japan after South Korea trip; calls for closer ties

        NATO Secretary General Jens Stoltenberg meets Japan's Prime Minister Fumio Kishida in Tokyo
        Sakura Murakami
        ·3 min read

        By Sakura Murakami

        TOKYO (Reuters) - NATO Secretary General Jens Stoltenberg said on Tuesday that the alliance needed to work more closely with its partners.

        "The war in Ukraine has demonstrated that security is not regional," he said.

        (Reporting by Sakura Murakami; Editing by Gerry Doyle)
        """;

    [Fact]
    public void ASentenceInABlockOfItsOwnAboveTheCaptionIsTheStandfirst()
    {
        var a = Samples.Parse(ReutersWithDek);

        Assert.Equal("Stoltenberg visits Japan after South Korea trip; calls for closer ties", a.Standfirst);
        Assert.Equal("NATO Secretary General Jens Stoltenberg meets Japan's Prime Minister Fumio Kishida in Tokyo", a.ImageCaption);
        Assert.Equal(["Sakura Murakami"], a.Authors);
        Assert.Equal("TOKYO", a.Dateline?.Place);
        Assert.StartsWith("TOKYO (Reuters) - ", a.Paragraphs[0]);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void TheGuardiansHeaderCopiedAsTextHasItsStandfirst()
    {
        var a = Samples.Parse("""
            Nato chief warns Europe cannot ignore east Asia

            Jens Stoltenberg says Europe cannot ignore what happens in east Asia as he visits Tokyo

            Jens Stoltenberg with Fumio Kishida in Tokyo on Tuesday. Photograph: Reuters
            Justin McCurry in Tokyo
            Tue 31 Jan 2023 05.00 GMT

            The head of Nato has called for closer ties with Japan as he warned that Europe could not ignore what happens in east Asia.

            Speaking in Tokyo, Jens Stoltenberg said security was not regional but global.
            """);

        Assert.Equal("Jens Stoltenberg says Europe cannot ignore what happens in east Asia as he visits Tokyo", a.Standfirst);
        Assert.Equal("Jens Stoltenberg with Fumio Kishida in Tokyo on Tuesday. Photograph: Reuters", a.ImageCaption);
        Assert.Equal(["Justin McCurry"], a.Authors);
        Assert.Equal(new DateOnly(2023, 1, 31), a.Published);
        Assert.Equal(2, a.Paragraphs.Count);
    }

    // MarkDownload writes the page's description under the title ("> ## Excerpt"). The Guardian's is its
    // standfirst, which the story does not repeat; Reuters's is the story's first sentence, read in the story.
    [Theory]
    [InlineData("Jens Stoltenberg says Europe cannot ignore what happens in east Asia as he visits Tokyo", "Jens Stoltenberg says Europe cannot ignore what happens in east Asia as he visits Tokyo")]
    [InlineData("The head of Nato has called for closer ties with Japan as he warned that Europe could not ignore…", null)]
    [InlineData("Nato chief warns Europe cannot ignore east Asia", null)]
    public void APageDescriptionTheStoryDoesNotTellIsTheStandfirst(string excerpt, string? expected)
    {
        var saved = $"""
            ---
            source: https://www.theguardian.com/world/2023/jan/31/nato-japan
            author: Justin McCurry
            ---

            # Nato chief warns Europe cannot ignore east Asia

            > ## Excerpt
            > {excerpt}

            ---

            Jens Stoltenberg with Fumio Kishida in Tokyo on Tuesday. Photograph: Reuters
            Justin McCurry in Tokyo
            Tue 31 Jan 2023 05.00 GMT

            The head of Nato has called for closer ties with Japan as he warned that Europe could not ignore what happens in east Asia.

            Speaking in Tokyo, Jens Stoltenberg said security was not regional but global.
            """;
        var a = NewsReader.Web.Ingestion.MarkdownArticleParser.Parse(System.Text.Encoding.UTF8.GetBytes(saved)).Article!;

        Assert.Equal(expected, a.Standfirst);
        Assert.Equal(2, a.Paragraphs.Count);
        Assert.Equal("Jens Stoltenberg with Fumio Kishida in Tokyo on Tuesday. Photograph: Reuters", a.ImageCaption);
    }

    [Fact]
    public void TheSeedAndTheUsualCaptureHaveNone()
    {
        Assert.Null(Samples.ParseBytes(Samples.SeedBytes).Standfirst);
        Assert.Null(Samples.Parse(Samples.Full).Standfirst);
    }

    [Theory]
    // The caption in a block of its own over the author's: there is nothing else for a caption.
    [InlineData("Traders work on the floor of the exchange in London\n\nJane Doe\n·3 min read")]
    // The caption, then its credit on a line of its own: one caption.
    [InlineData("Traders work on the floor of the exchange in London\n\nREUTERS/Toby Melville\nJane Doe\n·3 min read")]
    // A first block that closes with a photographer's credit is a caption, whatever follows it.
    [InlineData("Traders work on the floor of the exchange in London. REUTERS/Toby Melville\n\nA second photo shows the trading screens\nJane Doe\n·3 min read")]
    // Too short to be a summary: a label.
    [InlineData("Live updates\n\nTraders work on the floor of the exchange in London\nJane Doe\n·3 min read")]
    public void ABlockThatIsNoSummaryStaysInTheCaption(string header)
    {
        var a = Samples.Parse($"Markets rally as central bank holds rates\n\n{header}\n\nBy Jane Doe\n\nLONDON (AFP) - Stocks rose on Thursday.\n\nTraders were calm.\n");

        Assert.Null(a.Standfirst);
        Assert.Contains("Traders work on the floor of the exchange", a.ImageCaption);
        Assert.Equal(["Jane Doe"], a.Authors);
    }
}
