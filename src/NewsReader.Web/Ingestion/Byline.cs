namespace NewsReader.Web.Ingestion;

/// <summary>Names in a "By …" line or an author line: "By A", "By A and B", "By A, B and C", "A & B".</summary>
public static class Byline
{
    public static bool IsByline(string line) =>
        line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) && line.Length <= 200 && line.Length > 3;

    /// <summary>The names in a "By …" line, as written.</summary>
    public static IReadOnlyList<string> Names(string byline) =>
        SplitNames(IsByline(byline) ? byline[3..] : byline);

    public static IReadOnlyList<string> SplitNames(string text)
    {
        // A trailing desk or outlet after "|" is not a name: "By Jane Doe | Reuters".
        var bar = text.IndexOf('|');
        if (bar >= 0) text = text[..bar];
        var names = new List<string>();
        foreach (var part in text.Split([',', ';', '&'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in part.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var n = name.StartsWith("and ", StringComparison.Ordinal) ? name[4..].Trim() : name;
                if (n.Length > 0) names.Add(n);
            }
        }
        return names;
    }

    /// <summary>
    /// Whether a header line reads as a list of people's names: short, no sentence punctuation, and each
    /// name one to five words that start with a capital ("Sakura Murakami", "Ana de la Cruz and Li Wei").
    /// </summary>
    public static bool LooksLikeNames(string line)
    {
        if (line.Length is 0 or > 120 || line.EndsWith('.') || line.Contains(':')) return false;
        var names = SplitNames(line);
        if (names.Count == 0) return false;
        foreach (var name in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 5 || !char.IsUpper(words[0][0])) return false;
            if (words.Any(w => !char.IsLetter(w[0]))) return false;
        }
        return true;
    }
}
