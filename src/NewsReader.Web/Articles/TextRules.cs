namespace NewsReader.Web.Articles;

/// <summary>Character rules shared by the seed format's steps: which characters are bullets, dashes and indentation.</summary>
internal static class TextRules
{
    // "•" in the seed; other capture tools write "·", "▪", "►", "*", "-", "–" or "—".
    public static bool IsBullet(char c) => c is '•' or '·' or '‣' or '◦' or '▪' or '▫' or '►' or '▶' or '■' or '□' or '●' or '○' or '*' or '-' or '–' or '—';

    public static bool IsDash(char c) => c is '-' or '–' or '—' or '―' or '‒';

    /// <summary>A bullet followed by a space (or a lone bullet glyph that is not a hyphen).</summary>
    public static bool StartsWithBullet(ReadOnlySpan<char> trimmed) =>
        trimmed.Length >= 2 && IsBullet(trimmed[0]) && (char.IsWhiteSpace(trimmed[1]) || !IsDash(trimmed[0]) && trimmed[0] != '*');

    public static ReadOnlySpan<char> StripBullet(ReadOnlySpan<char> trimmed) =>
        StartsWithBullet(trimmed) ? trimmed[1..].TrimStart() : trimmed;

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
