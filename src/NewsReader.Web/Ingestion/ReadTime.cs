namespace NewsReader.Web.Ingestion;

/// <summary>
/// The "·1 min read" line ("· 12 min read", "5 mins read", "3 min. read", "3-minute read", "1 min to read",
/// "⏱ 1 min read"), possibly after the author ("Jane Doe · 4 min read"), or written as a label ("Reading
/// time: 6 minutes", "Read time: 2 min", "Estimated reading time: 3 minutes", "Lesezeit: 4 Min.").
/// </summary>
public static class ReadTime
{
    static readonly string[] Units = ["minutes", "minute", "mins", "min"];

    static readonly string[] Labels =
        ["Reading time", "Read time", "Estimated reading time", "Est. reading time", "Lesezeit", "Temps de lecture", "Tiempo de lectura"];

    /// <param name="before">The author written before the read time on the same line, or empty.</param>
    public static bool TryParse(ReadOnlySpan<char> line, out int minutes, out ReadOnlySpan<char> before)
    {
        minutes = 0;
        before = [];
        var s = line.Trim();
        if (s.Length < 5) return false;
        // Every label opens with "Re", "Es", "Le", "Te" or "Ti": most lines leave on their first two letters.
        if ((s[0] | 0x20, s[1] | 0x20) is ('r' or 'l' or 't', 'e') or ('e', 's') or ('t', 'i') && TryParseLabel(s, out minutes)) return true;
        // A meta row may close it with a separator too: "· 1 min read ·", ". 1 min read ." in ASCII.
        if (s[^1] is '·' or '•' or '|' or '.') s = s.TrimEnd("·•|. ");
        // Most header lines do not end in a "d": they leave before the case-insensitive compare.
        if (s.Length < 8 || (s[^1] | 0x20) != 'd' || !s.EndsWith("read", StringComparison.OrdinalIgnoreCase)) return false;
        s = s[..^4].TrimEnd().TrimEnd('.');
        if (s.EndsWith(" to", StringComparison.OrdinalIgnoreCase)) s = s[..^3].TrimEnd(); // "1 min to read"
        if (!TryNumberAndUnit(s, out minutes, out var rest)) return false;
        // What stands before the number is bullets and separators, then optionally an author.
        var sep = rest.LastIndexOfAny("·•|–—-");
        var prefix = sep >= 0 ? rest[..sep].Trim() : rest.Trim();
        if (sep < 0 && !prefix.IsEmpty)
        {
            // Words before it are prose ("Read the 5 min read"); an icon the page set there ("⏱") is not.
            foreach (var c in prefix)
                if (char.IsLetterOrDigit(c)) return false;
            prefix = [];
        }
        before = prefix;
        return true;
    }

    // "Reading time: 6 minutes", "Est. reading time 3 minutes", "Lesezeit: 4 Min.": the label, a colon or a
    // space, then the number and its unit, nothing else.
    static bool TryParseLabel(ReadOnlySpan<char> s, out int minutes)
    {
        minutes = 0;
        foreach (var label in Labels)
        {
            if (s.Length <= label.Length || !s.StartsWith(label, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = s[label.Length..];
            if (rest.TrimStart() is [':', ..] colon) rest = colon[1..];
            else if (!char.IsWhiteSpace(rest[0])) continue;
            return TryNumberAndUnit(rest.Trim().TrimEnd('.'), out minutes, out var before) && before.IsEmpty;
        }
        return false;
    }

    // "… 3 min", "… 3-minute": the minutes, and what stands before the number.
    static bool TryNumberAndUnit(ReadOnlySpan<char> s, out int minutes, out ReadOnlySpan<char> rest)
    {
        minutes = 0;
        rest = [];
        foreach (var unit in Units)
        {
            if (!s.EndsWith(unit, StringComparison.OrdinalIgnoreCase)) continue;
            s = s[..^unit.Length].TrimEnd();
            if (s.EndsWith('-')) s = s[..^1]; // "3-minute"
            var digits = s.Length;
            while (digits > 0 && char.IsAsciiDigit(s[digits - 1])) digits--;
            if (digits == s.Length || s.Length - digits > 4) return false;
            minutes = int.Parse(s[digits..]);
            rest = s[..digits].TrimEnd();
            return true;
        }
        return false;
    }

    /// <summary>Adult silent reading of non-fiction, in words a minute (the rate reader views commonly use).</summary>
    public const int WordsPerMinute = 230;

    /// <summary>Minutes to read <paramref name="paragraphs"/> at <see cref="WordsPerMinute"/>, at least one:
    /// shown, as an estimate, for a capture that gives no read time of its own.</summary>
    public static int Estimate(IEnumerable<string> paragraphs) =>
        Math.Max(1, (int)Math.Round(Words(paragraphs) / (double)WordsPerMinute, MidpointRounding.AwayFromZero));

    /// <summary>The words of <paramref name="paragraphs"/>: runs of anything but whitespace (also the
    /// article's JSON-LD <c>wordCount</c>).</summary>
    public static int Words(IEnumerable<string> paragraphs)
    {
        var words = 0;
        foreach (var paragraph in paragraphs)
        {
            var inWord = false;
            foreach (var c in paragraph)
            {
                var wordChar = !char.IsWhiteSpace(c);
                if (wordChar && !inWord) words++;
                inWord = wordChar;
            }
        }
        return words;
    }
}
