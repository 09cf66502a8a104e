using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The four parts of a capture: the headline, the header lines under it (caption, author, read time,
/// "By …"), the body lines, and the lines after "Recommended Stories". Body and teaser lines stay slices
/// of the decoded text; only the few header lines become strings here.
/// </summary>
public sealed record SeedSections(
    string Headline,
    IReadOnlyList<string> Header,
    List<ReadOnlyMemory<char>> Body,
    List<ReadOnlyMemory<char>> Recommended)
{
    // How far below the headline the header may reach before we call it body.
    const int MaxHeaderLines = 8;
    const int MaxHeaderLineLength = 300;

    /// <summary>Splits trimmed-end lines into sections, or null when there is no headline (no text at all).</summary>
    public static SeedSections? Split(List<ReadOnlyMemory<char>> lines)
    {
        var h = 0;
        while (h < lines.Count && lines[h].IsBlank()) h++;
        if (h == lines.Count) return null;

        var r = h + 1;
        while (r < lines.Count && !IsRecommendedMarker(lines[r].Span)) r++;

        var bodyStart = HeaderEnd(lines, h, r) + 1;
        var header = new List<string>();
        for (var i = h + 1; i < bodyStart; i++)
            if (!lines[i].IsBlank()) header.Add(lines[i].TrimmedString());
        return new SeedSections(
            lines[h].TrimmedString(),
            header,
            Slice(lines, bodyStart, r),
            r < lines.Count ? Slice(lines, r + 1, lines.Count) : []);
    }

    static List<ReadOnlyMemory<char>> Slice(List<ReadOnlyMemory<char>> lines, int from, int to) =>
        to > from ? lines.GetRange(from, to - from) : [];

    /// <summary>"Recommended Stories" on a line of its own (any case, an optional colon).</summary>
    public static bool IsRecommendedMarker(ReadOnlySpan<char> line)
    {
        var t = line.Trim().TrimEnd(':').TrimEnd();
        return t.Equals("Recommended Stories", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Recommended", StringComparison.OrdinalIgnoreCase)
            || t.Equals("Related Stories", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The index of the last header line. The header ends at the last read-time or "By …" line found
    /// among the first few lines under the headline, stopping early at a dateline or a long paragraph.
    /// With neither marker, a lone short line under the headline is still a caption when more body
    /// follows and it sits right under the headline or the next paragraph opens with a dateline.
    /// </summary>
    internal static int HeaderEnd(List<ReadOnlyMemory<char>> lines, int h, int end)
    {
        var lastMarker = -1;
        var seen = 0;
        for (var i = h + 1; i < end && seen < MaxHeaderLines; i++)
        {
            var span = lines[i].Span.Trim();
            if (span.Length == 0) continue;
            seen++;
            if (span.Length > MaxHeaderLineLength) break;
            var line = span.ToString();
            if (Dateline.TryParse(line) is not null) break;
            if (ReadTime.TryParse(line, out _, out _) || Byline.IsByline(line)) lastMarker = i;
        }
        if (lastMarker >= 0) return lastMarker;

        var first = NextNonBlank(lines, h + 1, end);
        if (first < 0) return h;
        var next = NextNonBlank(lines, first + 1, end);
        var candidate = lines[first].TrimmedString();
        var isCaption = next >= 0
            && candidate.Length <= MaxHeaderLineLength
            && Dateline.TryParse(candidate) is null
            && (first == h + 1 || Dateline.TryParse(lines[next].TrimmedString()) is not null);
        return isCaption ? first : h;
    }

    static int NextNonBlank(List<ReadOnlyMemory<char>> lines, int from, int end)
    {
        for (var i = from; i < end; i++)
            if (!lines[i].IsBlank()) return i;
        return -1;
    }
}
