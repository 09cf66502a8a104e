using System.Globalization;
using System.Text;
using FsCheck.Xunit;
using NewsReader.Web.Search;

namespace NewsReader.Tests.Search;

public class TextAnalyzerTests
{
    [Theory]
    [InlineData("NATO's partners", "nato partner")]
    [InlineData("Zürich policies and tensions", "zurich policy and tension")]
    [InlineData("The buses, glasses and status", "the buse glasse and status")]
    [InlineData("heroes canoes ties 1990s", "heroe canoe tie 1990s")]
    [InlineData("don't stop", "dont stop")]
    public void FoldsCaseAccentsPossessivesAndPlurals(string text, string terms) =>
        Assert.Equal(terms, string.Join(' ', TextAnalyzer.Tokens(text).Select(t => t.Term)));

    [Fact]
    public void WordsLongerThanTheScratchBufferAreReadWhole()
    {
        var word = new string('b', 200) + "ies";
        var token = Assert.Single(TextAnalyzer.Tokens("  " + word + ". "));
        Assert.Equal(new string('b', 200) + "y", token.Term);
        Assert.Equal((2, 203), (token.Start, token.Length));
    }

    // The rules written the plain way, one string per word (as the analyser was before it read words into
    // a scratch buffer for the index): the span reader must give the same tokens for any text.
    static List<Token> Reference(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))) i++;
            if (i == start) continue;
            var word = text.AsSpan(start, i - start);
            var apostrophe = word.IndexOfAny('\'', '’');
            if (apostrophe > 0 && word.Length - apostrophe == 2 && (word[^1] is 's' or 'S')) word = word[..apostrophe];
            var lower = new StringBuilder();
            foreach (var c in word)
                if (c is not ('\'' or '’')) lower.Append(char.ToLowerInvariant(c));
            var folded = new StringBuilder();
            foreach (var c in lower.ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folded.Append(c);
            var w = lower.ToString().All(c => c <= 127) ? lower.ToString() : folded.ToString();
            if (w.Length == 0) continue;
            var stop = TextAnalyzer.IsStopWord(w);
            tokens.Add(new Token(stop ? w : Stem(w), start, i - start, stop));
        }
        return tokens;
    }

    static string Stem(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || char.IsDigit(w[0])) return w;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4 && !w.EndsWith("eies", StringComparison.Ordinal) && !w.EndsWith("aies", StringComparison.Ordinal)) return w[..^3] + "y";
        if (w.EndsWith("es", StringComparison.Ordinal) && !w.EndsWith("aes", StringComparison.Ordinal) && !w.EndsWith("ees", StringComparison.Ordinal) && !w.EndsWith("oes", StringComparison.Ordinal)) return w[..^1];
        if (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal)) return w;
        return w[..^1];
    }

    [Property(MaxTest = 500)]
    public bool ReadsWordsAsThePlainRulesDo(string? text, byte[]? picks)
    {
        // Random text plus the pieces the rules care about: apostrophes, plural endings, accents, stop words.
        string[] pieces = ["'s ", "’", "ies ", "es ", "ss ", "us ", "s", "É", "ü", "\u0301", " the ", "NATO's", "1990s", " ", "-", new string('x', 70)];
        var input = (text ?? "") + string.Concat((picks ?? []).Select(p => pieces[p % pieces.Length]));
        return TextAnalyzer.Tokens(input).SequenceEqual(Reference(input));
    }

    // The snippet reads words filtered by the marks' first letters: the same words at the same places, and
    // every term that starts with one of them given, whatever the case or accents of the word.
    [Property(MaxTest = 500)]
    public bool FilteredByInitialsItGivesEveryTermThatCouldMatch(string? text, byte[]? picks, string[]? terms)
    {
        string[] pieces = ["Élysée ", "élan ", "Øresund ", "ørsted ", "NATO's ", "1990s ", "Zürich ", "zebra ", " the ", "İstanbul ", "-", "’"];
        var input = (text ?? "") + string.Concat((picks ?? []).Select(p => pieces[p % pieces.Length]));
        var marks = (terms ?? []).Where(t => !string.IsNullOrEmpty(t)).Append("elysee").Append("ørsted").ToList();
        var initials = TextAnalyzer.Initials.Of(marks);

        var all = new List<(string Term, int Start, int Length)>();
        foreach (var w in TextAnalyzer.Words(input, stackalloc char[64])) all.Add((w.Term.ToString(), w.Start, w.Length));
        var filtered = new List<(string Term, int Start, int Length)>();
        foreach (var w in TextAnalyzer.Words(input, stackalloc char[64], initials)) filtered.Add((w.Term.ToString(), w.Start, w.Length));

        return all.Count == filtered.Count && all.Zip(filtered).All(pair =>
            pair.First.Start == pair.Second.Start && pair.First.Length == pair.Second.Length &&
            (pair.Second.Term == pair.First.Term || (pair.Second.Term.Length == 0 && !marks.Any(m => m[0] == pair.First.Term[0]))));
    }

    [Fact]
    public void FilteredByInitialsAnAccentedWordStillGivesItsTerm()
    {
        var initials = TextAnalyzer.Initials.Of(["elysee", "ørsted"]);
        var terms = new List<string>();
        foreach (var w in TextAnalyzer.Words("The Élysée and Ørsted, not Paris", stackalloc char[64], initials)) terms.Add(w.Term.ToString());
        Assert.Equal(["", "elysee", "", "ørsted", "", ""], terms);
    }
}
