using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The four parts of a capture: the headline, the header lines under it (caption, author, read time,
/// "By …"), the body lines, and the lines after "Recommended Stories".
/// </summary>
public sealed record SeedSections(string Headline, IReadOnlyList<string> Header, IReadOnlyList<string> Body, IReadOnlyList<string> Recommended)
{
    // How far below the headline the header may reach before we call it body.
    const int MaxHeaderLines = 8;
    const int MaxHeaderLineLength = 300;

    /// <summary>Splits trimmed-end lines into sections, or null when there is no headline (no text at all).</summary>
    public static SeedSections? Split(IReadOnlyList<string> lines)
    {
        var h = 0;
        while (h < lines.Count && string.IsNullOrWhiteSpace(lines[h])) h++;
        if (h == lines.Count) return null;

        var r = h + 1;
        while (r < lines.Count && !IsRecommendedMarker(lines[r])) r++;
        var recommended = r < lines.Count ? lines.Skip(r + 1).ToList() : [];

        var bodyStart = HeaderEnd(lines, h, r) + 1;
        var header = lines.Skip(h + 1).Take(bodyStart - h - 1).Where(l => l.Length > 0).Select(l => l.Trim()).ToList();
        var body = lines.Skip(bodyStart).Take(r - bodyStart).ToList();
        return new SeedSections(lines[h].Trim(), header, body, recommended);
    }

    /// <summary>"Recommended Stories" on a line of its own (any case, an optional colon).</summary>
    public static bool IsRecommendedMarker(string line)
    {
        var t = line.AsSpan().Trim().TrimEnd(':').TrimEnd();
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
    static int HeaderEnd(IReadOnlyList<string> lines, int h, int end)
    {
        var lastMarker = -1;
        var seen = 0;
        for (var i = h + 1; i < end && seen < MaxHeaderLines; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            seen++;
            if (line.Length > MaxHeaderLineLength || Dateline.TryParse(line) is not null) break;
            if (ReadTime.TryParse(line, out _, out _) || Byline.IsByline(line)) lastMarker = i;
        }
        if (lastMarker >= 0) return lastMarker;

        var first = NextNonBlank(lines, h + 1, end);
        if (first < 0) return h;
        var next = NextNonBlank(lines, first + 1, end);
        var candidate = lines[first].Trim();
        var isCaption = next >= 0
            && candidate.Length <= MaxHeaderLineLength
            && Dateline.TryParse(candidate) is null
            && (first == h + 1 || Dateline.TryParse(lines[next].Trim()) is not null);
        return isCaption ? first : h;
    }

    static int NextNonBlank(IReadOnlyList<string> lines, int from, int end)
    {
        for (var i = from; i < end; i++)
            if (!string.IsNullOrWhiteSpace(lines[i])) return i;
        return -1;
    }
}
