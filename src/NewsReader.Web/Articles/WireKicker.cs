namespace NewsReader.Web.Articles;

/// <summary>
/// The kickers wire services put before a headline: "Explainer-What is…", "UPDATE 2-NATO chief…",
/// "RPT-FACTBOX-…". One list for the two places that read them: pages set a kicker as a reader expects
/// it (<see cref="Set"/>), and headline matching ignores it (<see cref="Strip"/>), so a teaser titled
/// "UPDATE 2-NATO chief…" and the article "NATO chief…" are one story.
/// </summary>
public static class WireKicker
{
    // As syndication writes them, and how a reader should see them. Version and routing markers
    // ("UPDATE 2-", "RPT-", "WRAPUP 1-") mean nothing to a reader: they are not shown.
    static readonly (string Written, string? Shown)[] Kickers =
        [("Explainer", "Explainer"), ("Analysis", "Analysis"), ("Factbox", "Factbox"), ("Exclusive", "Exclusive"),
         ("Insight", "Insight"), ("Focus", "Focus"), ("Timeline", "Timeline"), ("Instant View", "Instant view"),
         ("Fact Check", "Fact check"), ("Breakingviews", "Breakingviews"), ("Q&A", "Q&A"), ("Opinion", "Opinion"),
         ("Editorial", "Editorial"), ("Obituary", "Obituary"),
         ("UPDATE", null), ("RPT", null), ("REFILE", null), ("CORRECTED", null), ("WRAPUP", null)];

    /// <summary>
    /// A headline's kicker set for reading: "Explainer-What is…" → "Explainer: What is…",
    /// "UPDATE 2-NATO chief…" → "NATO chief…", and as a page title sets a section before the headline,
    /// "Opinion | Why the yen…" → "Opinion: Why the yen…". Only at the start, glued with a hyphen as
    /// syndication writes it or before a spaced bar, and only when the headline proper follows in capitals
    /// ("Analysis-paralysis" stays).
    /// </summary>
    public static string Set(string title)
    {
        var dash = title.IndexOf('-');
        var bar = title.IndexOf(" | ", StringComparison.Ordinal);
        var after = 1;
        if (bar is >= 2 and <= 16 && (dash < 0 || bar < dash)) (dash, after) = (bar, 3);
        if (dash is < 2 or > 16) return title;
        var rest = title.AsSpan(dash + after);
        if (rest.IsEmpty || !(char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '"' or '\'' or '“' or '‘')) return title;
        var head = title.AsSpan(0, dash).TrimEnd();
        var kicker = Read(head, out var length);
        if (kicker < 0 || length != head.Length) return title;
        return Kickers[kicker].Shown is { } shown ? $"{shown}: {rest}" : rest.ToString();
    }

    /// <summary>
    /// The title without its leading kickers, however they are joined to it ("UPDATE 2-", "Explainer: ",
    /// "RPT-FACTBOX - ", "Focus "): what headline matching compares. A title that is nothing but a kicker stays.
    /// </summary>
    public static string Strip(string title)
    {
        var rest = title.AsSpan().TrimStart();
        while (Read(rest, out var length) >= 0)
        {
            var after = rest[length..].TrimStart().TrimStart("-–—:|").TrimStart();
            if (after.IsEmpty) break;
            rest = after;
        }
        return rest.Length == title.Length ? title : rest.ToString();
    }

    // The kicker that opens text as a word of its own (followed by the end, a space, a hyphen, a dash or a
    // colon), with the version number that may follow it ("UPDATE 2"): its index in Kickers and the
    // length read, or -1.
    static int Read(ReadOnlySpan<char> text, out int length)
    {
        for (var i = 0; i < Kickers.Length; i++)
        {
            var written = Kickers[i].Written;
            if (!text.StartsWith(written, StringComparison.OrdinalIgnoreCase)
                || text.Length > written.Length && text[written.Length] is not (' ' or '-' or '–' or '—' or ':'))
                continue;
            length = written.Length;
            var version = text[length..].TrimStart(' ');
            var digits = version.IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : version.Length;
            if (digits is 1 or 2) length = text.Length - version.Length + digits;
            return i;
        }
        length = 0;
        return -1;
    }
}
