namespace NewsReader.Web.Articles;

/// <summary>One role in a credits line: "Reporting" by "Sakura Murakami".</summary>
public sealed record Credit(string Role, string Names)
{
    /// <summary>
    /// Splits "Reporting by A. Editing by B" or "Writing by A; Additional reporting by C; Editing by B"
    /// into roles. A segment is a role when it reads "&lt;Role&gt; by &lt;names&gt;"; segments are separated by
    /// ";" or by ". " before a capitalised role. Text that has no "by" stays one credit with an empty role.
    /// </summary>
    public static IReadOnlyList<Credit> ParseAll(string? credits)
    {
        if (string.IsNullOrWhiteSpace(credits)) return [];
        var result = new List<Credit>();
        foreach (var segment in Segments(credits))
        {
            var by = segment.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
            if (by > 0 && by < 40)
                result.Add(new Credit(segment[..by].Trim(), segment[(by + 4)..].Trim().TrimEnd('.')));
            else if (result.Count > 0)
                result[^1] = result[^1] with { Names = $"{result[^1].Names}. {segment}" };
            else
                result.Add(new Credit("", segment.Trim()));
        }
        return result;
    }

    static IEnumerable<string> Segments(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var split = text[i] == ';' || text[i] == '.' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && StartsRole(text, i + 2)
                // No separator at all, as when a capture broke the line there: only before a known role.
                || text[i] == ' ' && i > start && i + 1 < text.Length && char.IsUpper(text[i + 1]) && StartsKnownRole(text, i + 1);
            if (!split) continue;
            if (i > start) yield return text[start..i].Trim();
            start = i + 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) yield return text[start..].Trim();
    }

    static readonly string[] KnownRoles =
        ["Reporting by ", "Additional reporting by ", "Reporting and writing by ", "Writing by ", "Editing by ",
         "Compiled by ", "Research by ", "Translation by ", "Graphics by ", "Photography by ", "Production by ",
         "Fact-checking by "];

    static bool StartsKnownRole(string text, int at) => KnownRoleLength(text.AsSpan(at), StringComparison.Ordinal) > 0;

    /// <summary>The length of the known role that opens <paramref name="text"/> ("Editing by "), or 0.</summary>
    internal static int KnownRoleLength(ReadOnlySpan<char> text, StringComparison comparison)
    {
        if (text.IsEmpty) return 0;
        // The first letter (in either case) leaves most text without a compare of strings.
        var first = text[0] | 0x20;
        foreach (var role in KnownRoles)
            if ((role[0] | 0x20) == first && text.StartsWith(role, comparison)) return role.Length;
        return 0;
    }

    // "Editing by", "Additional reporting by": a few words, then "by".
    static bool StartsRole(string text, int at)
    {
        var by = text.IndexOf(" by ", at, StringComparison.OrdinalIgnoreCase);
        return by > at && by - at < 40 && text.AsSpan(at, by - at).IndexOfAny('.', ';') < 0;
    }
}
