using System.Buffers;

namespace NewsReader.Web.Articles;

/// <summary>Character rules shared by the seed format's steps: which characters are bullets, dashes and indentation.</summary>
internal static class TextRules
{
    // "•" in the seed; other capture tools write "·", "▪", "►", "▸", "→", "»", "*", "-", "–" or "—".
    // Most lines start with an ASCII letter, digit or quote: they leave on the first compare.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsBullet(char c) => c < 0x80
        ? c is '*' or '-'
        : c is '•' or '·' or '‣' or '◦' or '▪' or '▫' or '►' or '▶' or '▸' or '▹' or '■' or '□' or '●' or '○'
            or '◆' or '◇' or '♦' or '→' or '➤' or '➢' or '❯' or '✓' or '✔' or '»' or '›' or '–' or '—';

    // Bullets that are also punctuation in text: a dash or an asterisk opens a wrapped line or a footnote,
    // "»" and "›" a German quotation (»So«). Each is a bullet only with a space after it.
    static bool NeedsSpaceAfter(char c) => IsDash(c) || c is '*' or '»' or '›';

    /// <summary>
    /// Hyphen, en, em, horizontal bar, figure dash, and the minus sign some tools turn a spaced hyphen into.
    /// Written out once: <see cref="IsDash"/> tests a character, and a dateline's search for the dash after
    /// its head (<see cref="Dateline"/>) is vectorised over the same set.
    /// </summary>
    public static readonly SearchValues<char> Dashes = SearchValues.Create("-–—―‒−");

    public static bool IsDash(char c) => Dashes.Contains(c);

    /// <summary>A bullet followed by a space (or a lone bullet glyph that is not a hyphen).</summary>
    public static bool StartsWithBullet(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 2 && IsBullet(trimmed[0]) && (char.IsWhiteSpace(trimmed[1]) || !NeedsSpaceAfter(trimmed[0]));

    /// <summary>
    /// A bullet glyph ("•", "▪", "►"…) and a space: a list item in an article's body. Hyphens, dashes and
    /// asterisks are left out there, as a wrapped line can start with a spaced dash ("- sources said").
    /// </summary>
    public static bool StartsWithGlyphBullet(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 3 && IsBullet(trimmed[0]) && !IsDash(trimmed[0]) && trimmed[0] != '*' && char.IsWhiteSpace(trimmed[1]);

    /// <summary>
    /// "+ " or "o ": Lynx marks the items of a nested list with them, and iconv's ASCII transliteration
    /// turns "•" into "o". Each is also text ("o" is a word in Spanish and Portuguese), so they are bullets
    /// only in a list of teasers whose first line opens with one, never in a body.
    /// </summary>
    public static bool StartsWithAsciiBullet(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 3 && trimmed[0] is '+' or 'o' && trimmed[1] == ' ';

    /// <summary>A list number: one or two digits, "." or ")", then a space ("1. ", "12) ").</summary>
    public static bool StartsWithNumber(ReadOnlySpan<char> trimmed, out int length)
    {
        length = 0;
        var digits = 0;
        while (digits < trimmed.Length && digits < 3 && char.IsAsciiDigit(trimmed[digits])) digits++;
        if (digits is 0 or > 2 || trimmed.Length < digits + 2 || trimmed[digits] is not ('.' or ')') || !char.IsWhiteSpace(trimmed[digits + 1])) return false;
        length = digits + 1;
        return true;
    }

    /// <summary>
    /// <see cref="MarkerKind(ReadOnlySpan{char})"/>, where the first line of a list of teasers may also open
    /// with "+ " or "o " (<see cref="StartsWithAsciiBullet"/>).
    /// </summary>
    public static int MarkerKind(ReadOnlySpan<char> trimmed, bool firstOfList) =>
        firstOfList && StartsWithAsciiBullet(trimmed) ? 1 : MarkerKind(trimmed);

    /// <summary>How a line marks a list item: 0 none, 1 a bullet glyph, 2 a number, 3 a Markdown heading ("### Title").</summary>
    public static int MarkerKind(ReadOnlySpan<char> trimmed) =>
        StartsWithBullet(trimmed) ? 1 : StartsWithNumber(trimmed, out _) ? 2 : StartsWithHeading(trimmed) ? 3 : 0;

    /// <summary>A Markdown heading: one to six "#" and a space.</summary>
    public static bool StartsWithHeading(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 2 && trimmed[0] == '#' && trimmed.IndexOfAnyExcept('#') is var hashes and > 0 and <= 6 && trimmed[hashes] == ' ';

    /// <summary>The text after a bullet or a list number.</summary>
    public static ReadOnlySpan<char> StripBullet(ReadOnlySpan<char> trimmed) =>
        StartsWithBullet(trimmed) ? trimmed[1..].TrimStart()
        : StartsWithNumber(trimmed, out var length) ? trimmed[length..].TrimStart()
        : trimmed;

    /// <summary>
    /// The text of a line that is one Markdown link to a web page, "[NATO chief urges…](https://…)", as
    /// tools that copy a page as Markdown write a list of stories; any other line as it is.
    /// </summary>
    public static ReadOnlySpan<char> LinkText(ReadOnlySpan<char> line)
    {
        if (line.Length < 12 || line[0] != '[' || line[^1] != ')') return line;
        var close = line.IndexOf("](", StringComparison.Ordinal);
        if (close < 2 || line[(close + 2)..^1] is var address && !(address.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || address.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) || address.ContainsAny(' ', ')'))
            return line;
        var text = line[1..close].Trim();
        return text.IsEmpty || text.Contains("](", StringComparison.Ordinal) ? line : text;
    }

    /// <summary>
    /// A line with each Markdown link in it read as its text: "By [Sakura Murakami](https://…/sakura)" is
    /// "By Sakura Murakami", "[Skip to main content](#main)" is "Skip to main content". A page saved as
    /// Markdown links its byline, its menu and its skip link; the header's rules read the words. Any other
    /// line as it is.
    /// </summary>
    public static string WithoutLinks(ReadOnlySpan<char> line)
    {
        var text = new System.Text.StringBuilder(line.Length);
        while (line.IndexOf("](", StringComparison.Ordinal) is var middle and > 0)
        {
            var open = line[..middle].LastIndexOf('[');
            var close = line[(middle + 2)..].IndexOf(')');
            if (open < 0 || close < 0 || line.Slice(middle + 2, close).ContainsAny(' ', '\t') || open > 0 && line[open - 1] == '!')
            {
                text.Append(line[..(middle + 2)]);
                line = line[(middle + 2)..];
                continue;
            }
            text.Append(line[..open]).Append(line[(open + 1)..middle]);
            line = line[(middle + 3 + close)..];
        }
        return text.Append(line).ToString();
    }

    /// <summary>
    /// A line without the Markdown a tool that copies a page as Markdown puts around a whole line: a heading's
    /// "#" marks ("# NATO chief…", "## Recommended Stories") and emphasis around all of it ("**By Jane Doe**",
    /// "_Traders work…_"). Emphasis inside a line stays, for the pages to render; a bullet ("* Oil slips") is
    /// no emphasis, as the marks must touch the text they wrap.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> WithoutLineMarkup(ReadOnlySpan<char> line) =>
        // Nearly every line starts with none of the three: they leave here, without a call.
        line.IsEmpty || line[0] is not ('#' or '*' or '_') ? line : WithoutMarks(line);

    static ReadOnlySpan<char> WithoutMarks(ReadOnlySpan<char> line)
    {
        if (StartsWithHeading(line))
        {
            line = line.TrimStart('#').Trim();
            // An optional closing sequence: "## Recommended Stories ##".
            if (line.TrimEnd('#') is var open && open.Length < line.Length && open.Length > 0 && open[^1] == ' ') line = open.TrimEnd();
        }
        return WithoutEmphasis(line);
    }

    /// <summary>A line without emphasis around all of it ("**Oil slips**", "_Traders work…_"); see <see cref="WithoutLineMarkup"/>.</summary>
    public static ReadOnlySpan<char> WithoutEmphasis(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[0] is not ('*' or '_')) return line;
        foreach (var mark in (ReadOnlySpan<string>)["**", "__", "*", "_"])
            if (line.Length > 2 * mark.Length && line.StartsWith(mark) && line.EndsWith(mark)
                && IsWrappedText(line[mark.Length], mark[0]) && IsWrappedText(line[^(mark.Length + 1)], mark[0]))
                return line[mark.Length..^mark.Length];
        return line;
    }

    static bool IsWrappedText(char c, char mark) => c != mark && !char.IsWhiteSpace(c);

    /// <summary>A rule between sections or list items: three or more of one of "-", "*", "_", "=", "─", "—", spaces allowed ("* * *").</summary>
    public static bool IsThematicBreak(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 3 && trimmed[0] is '-' or '*' or '_' or '=' or '─' or '—' && IsRuleOf(trimmed, trimmed[0]);

    static bool IsRuleOf(ReadOnlySpan<char> line, char mark)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (c == mark) count++;
            else if (c != ' ') return false;
        }
        return count >= 3;
    }

    /// <summary>Leading whitespace width, a tab counting as four spaces.</summary>
    public static int Indent(ReadOnlySpan<char> line)
    {
        var width = 0;
        foreach (var c in line)
        {
            if (c == '\t') width += 4;
            else if (char.IsWhiteSpace(c)) width++;
            else break;
        }
        return width;
    }
}
