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

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsStopWord(string term) => StopWords.Contains(term);

    /// <summary>Every word of <paramref name="text"/>, stop words included (flagged), in order.</summary>
    public static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        foreach (var word in Words(text, stackalloc char[64]))
            tokens.Add(new Token(word.Term.ToString(), word.Start, word.Length, word.IsStopWord));
        return tokens;
    }

    /// <summary>Just the terms that carry meaning: no stop words, no single letters.</summary>
    public static IEnumerable<string> Terms(string text) =>
        Tokens(text).Where(t => !t.IsStopWord && t.Term.Length > 1).Select(t => t.Term);

    /// <summary>
    /// The words of <paramref name="text"/> one at a time, each term written into <paramref name="scratch"/>
    /// (a longer word gets its own array): what <see cref="Tokens"/> gives, without a string per word, for
    /// the index, which reads every word of the library and keeps each distinct term once.
    /// </summary>
    public static WordReader Words(string text, Span<char> scratch) => new(text, scratch, Initials.Any);

    /// <summary>
    /// As <see cref="Words(string, Span{char})"/>, but a word whose term cannot start with one of
    /// <paramref name="initials"/> comes with an empty term, not normalised: a reader looking for a few
    /// terms (the snippet's) passes most words with a glance at their first letter.
    /// </summary>
    public static WordReader Words(string text, Span<char> scratch, Initials initials) => new(text, scratch, initials);

    /// <summary>
    /// The first letters a set of terms start with. Only ASCII letters and digits are told apart: a word
    /// starting with any other letter may fold to a term starting with anything ("Élysée" → "elysee").
    /// </summary>
    public readonly struct Initials
    {
        readonly ulong _bits;
        readonly bool _any;

        Initials(ulong bits, bool any) => (_bits, _any) = (bits, any);

        public static Initials Any => new(0, any: true);

        public static Initials Of(IEnumerable<string> terms)
        {
            var bits = 0UL;
            foreach (var term in terms)
                if (term.Length > 0) bits |= Bit(term[0]);
            return new Initials(bits, any: false);
        }

        /// <summary>Whether a word whose original text starts with <paramref name="first"/> may give one of the terms.</summary>
        public bool MayStart(char first) => _any || first > 127 || (_bits & Bit(char.ToLowerInvariant(first))) != 0;

        static ulong Bit(char c) => c switch
        {
            >= 'a' and <= 'z' => 1UL << (c - 'a'),
            >= '0' and <= '9' => 1UL << (26 + c - '0'),
            _ => 0, // a term starting with another letter is met by words starting with a non-ASCII one
        };
    }

    /// <summary>A word as <see cref="Words"/> reads it; <see cref="Term"/> is valid until the next word.</summary>
    public readonly ref struct Word(ReadOnlySpan<char> term, int start, int length, bool isStopWord)
    {
        public ReadOnlySpan<char> Term { get; } = term;
        public int Start { get; } = start;
        public int Length { get; } = length;
        public bool IsStopWord { get; } = isStopWord;
    }

    public ref struct WordReader(string text, Span<char> scratch, Initials initials)
    {
        readonly string _text = text;
        readonly Span<char> _scratch = scratch;
        readonly Initials _initials = initials;
        int _i;

        public Word Current { get; private set; }

        public readonly WordReader GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            while (_i < text.Length)
            {
                while (_i < text.Length && !char.IsLetterOrDigit(text[_i])) _i++;
                var start = _i;
                while (_i < text.Length && (char.IsLetterOrDigit(text[_i]) || IsInnerApostrophe(text, _i))) _i++;
                if (_i == start) continue;
                if (!_initials.MayStart(text[start]))
                {
                    Current = new Word([], start, _i - start, isStopWord: false);
                    return true;
                }
                var word = Normalise(text.AsSpan(start, _i - start), _scratch);
                if (word.Length == 0) continue;
                var stop = StopWordSpans.Contains(word); // before stemming: "this" is a stop word, "thi" is not a word
                Current = new Word(stop ? word : Stem(word), start, _i - start, stop);
                return true;
            }
            return false;
        }
    }

    static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '’' && i > 0 && i + 1 < text.Length && char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]);

    // Lower-cased, apostrophes and accents gone, written into scratch (or a new array when it is too short).
    static Span<char> Normalise(ReadOnlySpan<char> word, Span<char> scratch)
    {
        // "NATO's" → "nato"; "don't" → "dont" is left for the stop list to catch as "don" + "t" variants.
        var apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0 && word.Length - apostrophe == 2 && (word[^1] is 's' or 'S')) word = word[..apostrophe];

        var buffer = word.Length <= scratch.Length ? scratch : new char[word.Length];
        var n = 0;
        var ascii = true;
        foreach (var c in word)
        {
            if (c is '\'' or '’') continue;
            if (c > 127) ascii = false;
            buffer[n++] = char.ToLowerInvariant(c);
        }
        if (ascii) return buffer[..n];
        var folded = FoldAccents(buffer[..n]);
        var target = folded.Length <= scratch.Length ? scratch : new char[folded.Length];
        folded.CopyTo(target);
        return target[..folded.Length];
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
    /// In place: the stem is a prefix of the word, its last letter changed for "ies" → "y".
    static Span<char> Stem(Span<char> w)
    {
        if (w.Length <= 3 || w[^1] != 's' || char.IsDigit(w[0])) return w;
        if (w.EndsWith("ies") && w.Length > 4 && !w.EndsWith("eies") && !w.EndsWith("aies"))
        {
            w[^3] = 'y';
            return w[..^2];
        }
        if (w.EndsWith("es") && !w.EndsWith("aes") && !w.EndsWith("ees") && !w.EndsWith("oes")) return w[..^1];
        if (w.EndsWith("us") || w.EndsWith("ss")) return w;
        return w[..^1];
    }
}
