using System.Text.RegularExpressions;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// A news page printed from a browser to PDF and turned back into text (<c>pdftotext</c>) carries the
/// browser's header and footer on every page: when it was printed and the page's title at the top, the
/// page's address and where the page stands ("1/4") at the bottom, as Chromium prints them
/// (<c>pdftotext -layout</c> sets each pair on one line). None of it is the story's, and between pages it
/// would split a paragraph or a teaser in two. When a capture ends in such a footer, every page's header
/// and footer go.
/// </summary>
internal static partial class PrintedPage
{
    /// <summary>Drops the print furniture from <paramref name="lines"/> (see the class), in place.</summary>
    public static void DropFurniture(List<ReadOnlyMemory<char>> lines)
    {
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].IsBlank()) last--;
        // The last page's footer closes the file with its counter ("4/4"): other captures leave here, on a
        // look at their last line's end.
        if (last < 0 || !IsFooter(lines[last].Span.Trim(), out _, out var lastPage) || !lastPage) return;

        var furniture = new bool[lines.Count];
        string? title = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Span.Trim();
            if (line.IsEmpty) continue;
            // The footer: the address, then the counter, on lines of their own or on one.
            if (IsFooter(line, out var alone, out _))
            {
                furniture[i] = true;
                if (alone && Previous(lines, i) is var address and >= 0 && IsAddress(lines[address].Span.Trim())) furniture[address] = true;
            }
            // The header: the time it was printed, then the title, on lines of their own or on one. The
            // first page's title is kept: it is the capture's headline, as a tool that writes the page's
            // title above its text gives it. The same title at the top of every later page goes.
            else if (char.IsAsciiDigit(line[0]) && Header().Match(line.ToString()) is { Success: true } header)
            {
                if (header.Groups["title"] is { Success: true } onLine)
                {
                    if (title is null)
                    {
                        title = onLine.Value;
                        lines[i] = title.AsMemory();
                    }
                    else if (onLine.ValueSpan.SequenceEqual(title)) furniture[i] = true;
                    continue;
                }
                furniture[i] = true;
                if (SeedSections.NextNonBlank(lines, i + 1, lines.Count) is var below and >= 0)
                {
                    var text = lines[below].Span.Trim();
                    if (title is null) title = text.ToString();
                    else if (text.SequenceEqual(title)) furniture[below] = true;
                }
            }
        }

        // Between two pages the text goes on where it stopped: the furniture goes with the blank lines
        // around it, and a blank line stays only where the page ended a sentence, so a paragraph or a
        // teaser that a page break cut in two is one again.
        var kept = 0;
        for (var i = 0; i < lines.Count;)
        {
            if (!furniture[i]) { lines[kept++] = lines[i++]; continue; }
            var before = kept;
            while (before > 0 && lines[before - 1].IsBlank()) before--;
            var after = i;
            while (after < lines.Count && (furniture[after] || lines[after].IsBlank())) after++;
            kept = before;
            if (kept > 0 && HardWrap.EndsSentence(lines[kept - 1].Span.TrimEnd())) lines[kept++] = default;
            i = after;
        }
        lines.RemoveRange(kept, lines.Count - kept);
    }

    // A page's footer: its counter ("1/4", and as other browsers number pages "1 of 4", "Page 1 of 4"),
    // alone on its line or after the page's address and the spaces between them (pdftotext -layout); and
    // whether it counts the last page. Read from the line's end without a copy: most lines leave on their
    // last character.
    static bool IsFooter(ReadOnlySpan<char> line, out bool alone, out bool lastPage)
    {
        alone = lastPage = false;
        if (!char.IsAsciiDigit(line[^1])) return false;
        var pages = line[(line.LastIndexOfAnyExceptInRange('0', '9') + 1)..];
        var rest = line[..^pages.Length];
        var of = rest.EndsWith('/') ? 1 : rest.EndsWith(" of ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        if (of == 0 || pages.Length > 3) return false;
        rest = rest[..^of];
        var page = rest[(rest.LastIndexOfAnyExceptInRange('0', '9') + 1)..];
        if (page.Length is 0 or > 3) return false;
        rest = rest[..^page.Length];
        if (rest.EndsWith("Page ", StringComparison.OrdinalIgnoreCase)) rest = rest[..^5];
        alone = rest.IsEmpty;
        lastPage = page.SequenceEqual(pages);
        return alone || rest.Length > rest.TrimEnd().Length + 1 && IsAddress(rest.TrimEnd());
    }

    // "https://www.reuters.com/…", "file:///home/…": the printed page's address, whole.
    static bool IsAddress(ReadOnlySpan<char> line) =>
        !line.ContainsAny(' ', '\t') && line.IndexOf("://", StringComparison.Ordinal) is var scheme and >= 2 and <= 12 && line.Length > scheme + 3;

    static int Previous(List<ReadOnlyMemory<char>> lines, int i)
    {
        for (i--; i >= 0; i--)
            if (!lines[i].IsBlank()) return i;
        return -1;
    }

    // "11/30/26, 10:00 PM", "30/11/2026, 22:00", "2026-11-30 22:00": the time the page was printed, and
    // after it, on the same line (pdftotext -layout), the page's title.
    [GeneratedRegex(@"^(?:[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2}),? [0-9]{1,2}:[0-9]{2}(?: ?[AP]M)?(?:\s{2,}(?<title>\S.*))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();
}
