using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace NewsReader.Web.Search;

/// <summary>A word in a text: its normalised term and where it stands in the original string.</summary>
public readonly record struct Token(string Term, int Start, int Length, bool IsStopWord);

/// <summary>
/// Text into terms, one rule set for indexing, queries, relevance and highlighting: letters and digits
/// make words; case and accents fold ("Zürich" → "zurich"); a possessive "’s" goes; plurals fold with the
/// S-stemmer ("tensions" → "tension", "policies" → "policy"); English stop words are marked.
/// </summary>
public static class TextAnalyzer
{
    static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "about", "after", "against", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each",
        "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "no", "nor",
        "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "s",
        "said", "same", "say", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "would", "you", "your", "t", "don", "didn", "doesn", "isn", "wasn", "won",
    ], StringComparer.Ordinal);

    public static bool IsStopWord(string term) => StopWords.Contains(term);

    /// <summary>Every word of <paramref name="text"/>, stop words included (flagged), in order.</summary>
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerApostrophe(text, i))) i++;
            if (i == start) continue;
            var word = Normalise(text.AsSpan(start, i - start));
            if (word.Length == 0) continue;
            var stop = StopWords.Contains(word); // before stemming: "this" is a stop word, "thi" is not a word
            tokens.Add(new Token(stop ? word : Stem(word), start, i - start, stop));
        }
        return tokens;
    }

    /// <summary>Just the terms that carry meaning: no stop words, no single letters.</summary>
    public static IEnumerable<string> Terms(string text) =>
        Tokens(text).Where(t => !t.IsStopWord && t.Term.Length > 1).Select(t => t.Term);

    static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    static string Normalise(ReadOnlySpan<char> word)
    {
        // "NATO's" → "nato"; "don't" → "dont" is left for the stop list to catch as "don" + "t" variants.
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0 && word.Length - apostrophe == 2 && (word[^1] is 's' or 'S')) word = word[..apostrophe];

        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        var ascii = true;
        foreach (var c in word)
        {
            if (c is '\'' or '’') continue;
            if (c > 127) ascii = false;
            buffer[n++] = char.ToLowerInvariant(c);
        }
        return ascii ? new string(buffer[..n]) : FoldAccents(buffer[..n]);
    }

    static string FoldAccents(ReadOnlySpan<char> word)
    {
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString();
    }

    /// <summary>Harman's S-stemmer: "ies" → "y", "es" → "e" (not after a, e, o), "s" → "" (not after u or s).</summary>
    internal static string Stem(string w)
    {
        if (w.Length <= 3 || !w.EndsWith('s') || char.IsDigit(w[0])) return w;
        if (w.EndsWith("ies") && w.Length > 4 && !w.EndsWith("eies") && !w.EndsWith("aies")) return w[..^3] + "y";
        if (w.EndsWith("es") && !w.EndsWith("aes") && !w.EndsWith("ees") && !w.EndsWith("oes")) return w[..^1];
        if (w.EndsWith("us") || w.EndsWith("ss")) return w;
        return w[..^1];
    }
}
