using System.Text;
using NewsReader.Web.Articles;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests;

/// <summary>The real seed and short inline captures for the parser tests.</summary>
static class Samples
{
    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "TestSeeds", "000_edb2a65bb37253f4.txt");

    public static byte[] SeedBytes => File.ReadAllBytes(SeedPath);

    public static string SeedText => Encoding.UTF8.GetString(SeedBytes);

    /// <summary>A small capture with every part present, LF endings; tests rewrite it into variants.</summary>
    public static string FullSample => Full;

    public const string Full = """
        Markets rally as central bank holds rates

        Traders work on the floor of the exchange
        Jane Doe
        ·3 min read

        By Jane Doe and John Roe

        LONDON (AFP) — Stocks rose on Thursday after the central bank held rates.

        "We expect a calm quarter," an analyst said.

        (Reporting by Jane Doe; Editing by Ann Poe)

        Recommended Stories

          • Oil slips as supply worries ease

            Prices fell for a second day.

          • Bonds steady ahead of data

            Yields were little changed in early trade
        """;

    /// <summary>A short capture by <paramref name="author"/>, its headline and story told apart by <paramref name="i"/>.</summary>
    public static string ByAuthor(string author, int i) => $"Story {i} of the day\n\nBy {author}\n\nPARIS (AFP) - Something happened on day {i}.\n";

    public static Article Parse(string text) => ParseBytes(Encoding.UTF8.GetBytes(text));

    public static Article ParseBytes(byte[] bytes)
    {
        var result = ArticleParser.Parse(bytes);
        Assert.True(result.Article is not null, $"expected an article, got rejection: {result.Reason}");
        return result.Article!;
    }

    public static string Reject(string text) => RejectBytes(Encoding.UTF8.GetBytes(text));

    public static string RejectBytes(byte[] bytes)
    {
        var result = ArticleParser.Parse(bytes);
        Assert.Null(result.Article);
        return Assert.IsType<string>(result.Reason);
    }

    /// <summary>Drops every line for which <paramref name="drop"/> is true.</summary>
    public static string Without(this string text, Func<string, bool> drop) =>
        string.Join('\n', text.Split('\n').Where(l => !drop(l)));
}
