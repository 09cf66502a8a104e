using FsCheck.Xunit;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests.Ingestion;

public class BylineTests
{
    [Theory]
    [InlineData("By Sakura Murakami", "Sakura Murakami")]
    [InlineData("By Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("By A. One, B. Two, and C. Three", "A. One|B. Two|C. Three")]
    [InlineData("By Jane Doe | Reuters", "Jane Doe")]
    [InlineData("By  Ana de la Cruz & Li Wei ;", "Ana de la Cruz|Li Wei")]
    [InlineData("By Jane Doe in Tokyo and John Roe in Seoul", "Jane Doe|John Roe")] // where each filed from
    [InlineData("Story by Jane Doe", "Jane Doe")]                                  // MSN
    [InlineData("Written by Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("Words by Jane Doe", "Jane Doe")]
    [InlineData("Author: Jane Doe", "Jane Doe")]
    [InlineData("Authors: Jane Doe, John Roe", "Jane Doe|John Roe")]
    public void ReadsTheNamesOfAByline(string byline, string names) =>
        Assert.Equal(names, string.Join('|', Byline.Names(byline)));

    [Theory]
    [InlineData("Sakura Murakami", true)]
    [InlineData("Ana de la Cruz and Li Wei", true)]
    [InlineData("sakura murakami", false)]
    [InlineData("Officials said the talks would resume.", false)]
    [InlineData("Caption: a harbour at dawn", false)]
    [InlineData("One Two Three Four Five Six", false)]
    [InlineData("Jane 2nd", false)]
    [InlineData("", false)]
    public void TellsNamesFromProse(string line, bool names) => Assert.Equal(names, Byline.LooksLikeNames(line));

    [Theory]
    [InlineData("JANE DOE", "Jane Doe")]
    [InlineData("JEAN-LUC O'BRIEN", "Jean-Luc O'Brien")]
    [InlineData("JOHN ROE III", "John Roe III")]
    [InlineData("ÉMILE ZOLA", "Émile Zola")]
    [InlineData("Ana de la Cruz", "Ana de la Cruz")]   // any lower-case letter: kept as written
    [InlineData("DeShawn Smith", "DeShawn Smith")]
    [InlineData("村上さくら", "村上さくら")]              // no case at all
    public void NamesSetInCapitalsReadAsNames(string name, string expected) => Assert.Equal(expected, Byline.InNameCase(name));

    [Theory]
    [InlineData("By Jane Doe", true)]
    [InlineData("Story by Jane Doe", true)]
    [InlineData("Written by hand, the letter reached Kyiv in March.", false)] // these openings need names after them
    [InlineData("Authors: the ministry said talks would resume.", false)]
    [InlineData("Storyboard artists walked out", false)]
    [InlineData("By", false)]
    [InlineData("BY JANE DOE", true)]
    [InlineData("By: Jane Doe", true)]
    [InlineData("By the end of the visit, both sides had agreed to meet again.", false)] // prose that opens with the word
    [InlineData("By and large, markets were calm.", false)]
    public void TellsBylinesFromProse(string line, bool byline) => Assert.Equal(byline, Byline.IsByline(line));

    // The rule written the plain way, with string.Split: the span enumerator must agree on any text.
    static List<string> Reference(string text)
    {
        var bar = text.IndexOf('|');
        if (bar >= 0) text = text[..bar];
        var names = new List<string>();
        foreach (var part in text.Split([',', ';', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in part.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var n = name.StartsWith("and ", StringComparison.Ordinal) ? name[4..].Trim() : name;
                if (n.Length > 0) names.Add(n);
            }
        return names;
    }

    [Property(MaxTest = 500)]
    public bool SplitsNamesAsThePlainRuleDoes(byte[]? picks)
    {
        // Text built from the pieces the rule cares about, so separators meet each other in every order.
        string[] pieces = ["Jane", "Doe", " ", "  ", "\t", ",", ";", "&", "|", " and ", "and ", "and", "Li", "\u00A0"];
        var text = string.Concat((picks ?? []).Select(p => pieces[p % pieces.Length]));
        var names = new List<string>();
        foreach (var name in Byline.EnumerateNames(text)) names.Add(name.ToString());
        return names.SequenceEqual(Reference(text));
    }
}
