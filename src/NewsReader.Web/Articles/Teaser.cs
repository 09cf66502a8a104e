namespace NewsReader.Web.Articles;

/// <summary>A recommended story under an article: a title and, when the capture has one, a one-line summary.</summary>
public sealed record Teaser(string Title, string? Summary, bool Truncated)
{
    /// <summary>
    /// Reads the lines after "Recommended Stories". Each teaser is a title and an optional summary.
    /// <code>
    ///   • NATO, Japan pledge to strengthen ties
    ///
    ///     TOKYO (Reuters) -NATO chief Jens Stoltenberg …
    /// </code>
    /// A bulleted line starts a teaser. Captures without bullets are read by indentation (summaries
    /// sit deeper than titles), and failing that by position (title, then summary).
    /// </summary>
    public static IReadOnlyList<Teaser> ParseAll(IReadOnlyList<string> lines)
    {
        var nonBlank = lines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (nonBlank.Count == 0) return [];

        var bulleted = nonBlank.Any(l => TextRules.StartsWithBullet(l.AsSpan().TrimStart()));
        var minIndent = nonBlank.Min(TextRules.Indent);
        var indented = nonBlank.Any(l => TextRules.Indent(l) > minIndent);

        var teasers = new List<Teaser>();
        string? title = null;
        var summary = new List<string>();
        var startOfBlock = true;

        foreach (var raw in lines)
        {
            if (string.IsNullOrWhiteSpace(raw)) { startOfBlock = true; continue; }
            var text = raw.Trim();
            var isTitle =
                bulleted ? TextRules.StartsWithBullet(text)
                : indented ? TextRules.Indent(raw) == minIndent
                // Neither bullets nor indentation: a block opens a new teaser unless it reads as the summary
                // the pending title still lacks; further lines of a block continue what it started.
                : startOfBlock && (title is null || summary.Count > 0 || LooksLikeTitle(text));
            startOfBlock = false;

            if (isTitle || title is null)
            {
                Flush();
                title = TextRules.StripBullet(text);
            }
            else summary.Add(text);
        }
        Flush();
        return teasers;

        void Flush()
        {
            if (!string.IsNullOrEmpty(title))
            {
                var s = summary.Count == 0 ? null : string.Join(' ', summary);
                teasers.Add(new Teaser(title, s, s is not null && IsCutOff(s)));
            }
            title = null;
            summary.Clear();
        }
    }

    // Titles are short and do not end a sentence with a full stop; summaries are prose.
    static bool LooksLikeTitle(string line) =>
        line.Length <= 150 && !line.TrimEnd('"', '”', '’', '\'', ')').EndsWith('.');

    /// <summary>
    /// A summary the capture cut off mid-sentence: it ends in a letter, digit, comma or dash instead of
    /// closing punctuation ("…with the real estate com"), or in an explicit "..." / "…".
    /// </summary>
    public static bool IsCutOff(string summary)
    {
        var s = summary.AsSpan().TrimEnd();
        if (s.IsEmpty) return false;
        if (s.EndsWith("...") || s[^1] == '…') return true;
        return s[^1] is not ('.' or '!' or '?' or '"' or '”' or '’' or '\'' or ')' or ']' or '»');
    }
}
