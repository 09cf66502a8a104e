namespace NewsReader.Web.Articles;

/// <summary>
/// Whether a teaser's title names an article in the library. First the exact <see cref="TitleKey"/>
/// (case, quotes, dashes and punctuation ignored); failing that, a fuzzy match: wire prefixes such as
/// "UPDATE 2-" dropped, then the Dice coefficient of character trigrams at or above <see cref="Threshold"/>.
/// The threshold sits between the closest near miss and the loosest true match in HeadlineMatchTests.
/// Trigrams alone cannot tell "urges Seoul" from "urges Tokyo", so a capitalised name that one title has
/// and the other lacks vetoes the match: a missed link is better than a wrong one.
/// </summary>
public static class HeadlineMatch
{
    public const double Threshold = 0.8;

    /// <summary>The key with wire kickers removed: "UPDATE 2-NATO chief…" → "nato chief…".</summary>
    public static string FuzzyKey(string title) => TitleKey.Of(WireKicker.Strip(title));

    public static double Similarity(string a, string b) => Dice(Trigrams(FuzzyKey(a)), Trigrams(FuzzyKey(b)));

    public static bool IsMatch(string a, string b) => Similarity(a, b) >= Threshold && !NamesDiffer(a, b);

    internal static bool NamesDiffer(string a, string b)
    {
        var wordsA = FuzzyKey(a).Split(' ').ToHashSet(StringComparer.Ordinal);
        var wordsB = FuzzyKey(b).Split(' ').ToHashSet(StringComparer.Ordinal);
        return Names(a).Any(n => !wordsB.Contains(n)) || Names(b).Any(n => !wordsA.Contains(n));
    }

    // Capitalised words after the first ("Seoul", "Defence"), lowercased like the key; digits are not names.
    // A kicker is not a name, nor is the word after it, which opens the headline proper.
    static IEnumerable<string> Names(string title)
    {
        title = WireKicker.Strip(title);
        var words = TitleKey.Of(title).Split(' ');
        var original = title.Replace("'", "").Replace("’", "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => SplitNonAlphanumeric(w)).ToList();
        for (var i = 1; i < original.Count && i < words.Length + 8; i++)
            if (char.IsUpper(original[i][0])) yield return TitleKey.Of(original[i]);
    }

    static IEnumerable<string> SplitNonAlphanumeric(string word)
    {
        var start = -1;
        for (var i = 0; i <= word.Length; i++)
        {
            var inWord = i < word.Length && char.IsLetterOrDigit(word[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0) { yield return word[start..i]; start = -1; }
        }
    }

    /// <summary>The key's character trigrams (padded with spaces), each packed into a long, sorted: a multiset.</summary>
    internal static long[] Trigrams(string key)
    {
        var padded = $"  {key} ";
        var grams = new long[Math.Max(0, padded.Length - 2)];
        for (var i = 0; i < grams.Length; i++)
            grams[i] = ((long)padded[i] << 32) | ((long)padded[i + 1] << 16) | padded[i + 2];
        Array.Sort(grams);
        return grams;
    }

    /// <summary>2·|A∩B| / (|A|+|B|) over two sorted trigram multisets, by one merge walk.</summary>
    internal static double Dice(long[] a, long[] b) => Dice(a, b, floor: 0);

    /// <summary>
    /// The Dice coefficient when it is at least <paramref name="floor"/>, else 0: the walk stops as soon as
    /// too few trigrams remain for the shared count to get there, so a near miss costs a fraction of a walk.
    /// </summary>
    internal static double Dice(long[] a, long[] b, double floor)
    {
        var total = a.Length + b.Length;
        if (total == 0 || MaxDice(a.Length, b.Length) < floor) return 0;
        // Fewer than this many shared trigrams scores below the floor (the small slack keeps rounding on the safe side).
        var needed = (int)Math.Ceiling(floor * total / 2 - 1e-9);
        int x = 0, y = 0, shared = 0;
        while (x < a.Length && y < b.Length)
        {
            if (shared + Math.Min(a.Length - x, b.Length - y) < needed) return 0;
            if (a[x] < b[y]) x++;
            else if (a[x] > b[y]) y++;
            else { shared++; x++; y++; }
        }
        var score = 2.0 * shared / total;
        return score >= floor ? score : 0;
    }

    /// <summary>The best Dice two multisets of these sizes could reach (all of the smaller one shared).</summary>
    internal static double MaxDice(int sizeA, int sizeB) => sizeA + sizeB == 0 ? 0 : 2.0 * Math.Min(sizeA, sizeB) / (sizeA + sizeB);
}
