namespace NewsReader.Web.Ingestion;

/// <summary>
/// Text wrapped at a fixed width, as plain-text exports write it (Pandoc, Lynx, <c>fold</c>, <c>fmt</c>,
/// e-mail): every line as long as the width allows, so a line break may fall anywhere in a sentence, a
/// headline or a title. Widths are counted in characters from the start of the line, indentation included;
/// lines come trimmed at their end, as <see cref="SeedText.Lines(ReadOnlyMemory{char})"/> gives them, but for
/// the spaces that keep a line's width where a text browser's link numbers were (<see cref="SeedText.DropLinkNumbers"/>):
/// a line is trimmed before its last character is read.
/// </summary>
internal static class HardWrap
{
    const int MaxWidth = 100;

    /// <summary>
    /// The width <paramref name="lines"/> were wrapped at (the longest line), or 0 when they do not read as
    /// wrapped: a line over 100 characters, or fewer than two breaks inside a sentence (text written one
    /// paragraph a line has none).
    /// </summary>
    public static int Width(ReadOnlySpan<ReadOnlyMemory<char>> lines)
    {
        var longest = Longest(lines);
        if (longest > MaxWidth) return 0;
        var breaks = 0;
        for (var i = 0; i + 1 < lines.Length && breaks < 2; i++)
            if (!lines[i].IsBlank() && !EndsSentence(lines[i].Span.TrimEnd()) && !lines[i + 1].IsBlank()) breaks++;
        return breaks >= 2 ? longest : 0;
    }

    /// <summary>
    /// The width that <paramref name="more"/> were wrapped at along with prose wrapped at
    /// <paramref name="width"/> (see <see cref="Width"/>), or 0. The prose's longest line may fall a
    /// character or two short of the tool's width, where a headline or a title filled it.
    /// </summary>
    public static int WidthWith(int width, ReadOnlySpan<ReadOnlyMemory<char>> more) =>
        width > 0 && Longest(more) is var longest and <= MaxWidth ? Math.Max(width, longest) : 0;

    static int Longest(ReadOnlySpan<ReadOnlyMemory<char>> lines)
    {
        var longest = 0;
        foreach (var line in lines) longest = Math.Max(longest, line.Length);
        return longest;
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues <paramref name="line"/> in text wrapped at
    /// <paramref name="width"/>: its first word would have taken the line past the width.
    /// </summary>
    public static bool Continues(ReadOnlySpan<char> line, ReadOnlySpan<char> next, int width)
    {
        next = next.Trim();
        if (width == 0 || next.IsEmpty) return false;
        var word = next.IndexOf(' ');
        return line.Length + 1 + (word < 0 ? next.Length : word) > width;
    }

    /// <summary>A non-blank line trimmed at its end whose last character closes a sentence (or a quote, or opens a list with a colon).</summary>
    public static bool EndsSentence(ReadOnlySpan<char> line) =>
        line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or ')' or '…' or ':';

    /// <summary>
    /// A headline's or a title's line that ends in a stop, so nothing of it wraps onto the next line. Not a
    /// colon or a quote: titles hold those in the middle ("…Video For Trump:" / "'Blink Twice'").
    /// </summary>
    public static bool EndsWithStop(ReadOnlySpan<char> line) => line[^1] is '.' or '!' or '?' or '…';
}
