namespace NewsReader.Web.Ingestion;

/// <summary>
/// A header line, or the part of the read-time line before its dot, that gives when the article was
/// published: "Tue, January 31, 2023 at 9:42 PM", "Updated Wed, Feb 1, 2023, 3:04 AM GMT+9",
/// "31 January 2023", "2023-01-31". Only the date is kept; the time and zone are read past.
/// </summary>
public static class PublishedDate
{
    static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    static readonly string[] Skippable =
        ["updated", "published", "posted", "last", "on", "at", "am", "pm", "a.m.", "p.m.", "utc", "gmt", "est", "edt", "cst", "cdt", "mst", "mdt",
         "pst", "pdt", "bst", "cet", "cest", "jst", "kst", "ist", "aest", "aedt", "et", "ct", "mt", "pt", "hkt", "sgt", "wib",
         "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>
    /// A time relative to when the page was captured: "2 hours ago", "Updated 3 hours ago", "Published: 5
    /// mins ago", "an hour ago", "Yesterday", "Just now". It says nothing once the capture is saved, so it is
    /// read past, never kept.
    /// </summary>
    public static bool IsRelative(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Equals("Yesterday", StringComparison.OrdinalIgnoreCase) || line.Equals("Just now", StringComparison.OrdinalIgnoreCase)) return true;
        if (line.Length is < 5 or > 40 || !line.EndsWith(" ago", StringComparison.OrdinalIgnoreCase)) return false;
        line = line[..^4].TrimEnd();
        foreach (var label in (ReadOnlySpan<string>)["Updated", "Published", "Posted"])
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase)) { line = line[label.Length..].TrimStart(':').Trim(); break; }
        var space = line.IndexOf(' ');
        var count = space < 0 ? line.TrimEnd("smhdw") : line[..space];
        var unit = space < 0 ? line[count.Length..] : line[(space + 1)..];
        var isCount = count.Length > 0 && (count.IndexOfAnyExceptInRange('0', '9') < 0
            || count.Equals("a", StringComparison.OrdinalIgnoreCase) || count.Equals("an", StringComparison.OrdinalIgnoreCase));
        return isCount && IsUnit(unit);

        static bool IsUnit(ReadOnlySpan<char> unit)
        {
            foreach (var u in (ReadOnlySpan<string>)["s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes",
                     "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks",
                     "mo", "mos", "month", "months", "y", "yr", "yrs", "year", "years"])
                if (unit.Equals(u, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }
    }

    /// <summary>
    /// Whether <paramref name="line"/> is a date line and nothing else; its date if so. An update may follow
    /// the date, even glued on as Reuters.com's copied text has it: "February 1, 2023 2:04 AM
    /// GMT+9Updated a year ago", "February 1, 20232:04 AM GMT+9Updated 2 years ago".
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        line = line.Trim();
        // Date lines are short and hold a digit; most header lines (captions, names) leave here.
        if (line.Length is < 8 or > 90 || line.IndexOfAnyInRange('0', '9') < 0) return false;
        // Searched as "pdated" in either case: an ordinal search is several times faster than one ignoring case.
        var updated = line.IndexOf("pdated", StringComparison.Ordinal) is var lower and > 0 ? lower - 1 : line.IndexOf("PDATED", StringComparison.Ordinal) - 1;
        // The date before the update, when one stands there; else the line as a whole ("Last updated: 1 Feb 2023").
        if (updated > 0 && (line[updated] | 0x20) == 'u'
            && (IsRelative(line[updated..]) || TryParseDate(line[(updated + 7)..], out _))
            && TryParseDate(line[..updated].TrimEnd(), out date))
            return true;
        return TryParseDate(line, out date);
    }

    static bool TryParseDate(ReadOnlySpan<char> line, out DateOnly date)
    {
        date = default;
        line = line.Trim();
        if (line.Length is < 8 or > 60) return false;
        int? day = null, month = null, year = null;
        foreach (var range in line.SplitAny(" ,"))
        {
            var word = line[range].TrimEnd(':');
            if (word.IsEmpty) continue;
            if ((IsIsoDate(word, out var iso) || IsNumericDate(word, out iso)) && year is null) { (year, month, day) = (iso.Year, iso.Month, iso.Day); continue; }
            if (MonthOf(word) is { } m && month is null) { month = m; continue; }
            if (YearOf(word) is { } y4 && year is null) { year = y4; continue; }
            // "20232:04": the year and the time with nothing between them.
            if (word.Length > 4 && YearOf(word[..4]) is { } glued && year is null && IsTimeOrZone(word[4..])) { year = glued; continue; }
            if (DayOf(word) is { } d2 && day is null) { day = d2; continue; }
            if (IsTimeOrZone(word) || IsSkippable(word)) continue;
            return false; // any other word: prose that mentions a date, not a date line
        }
        if (day is not { } d || month is not { } mo || year is not { } y || d > DateTime.DaysInMonth(y, mo)) return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    /// <summary>A line that holds only a time of day and its zone ("2:04 AM GMT+9", "9:42 PM PST"): read past.</summary>
    public static bool IsTimeOnly(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 4 or > 30 || line.IndexOf(':') < 0) return false;
        var time = false;
        foreach (var range in line.SplitAny(" ,"))
        {
            var word = line[range];
            if (word.IsEmpty) continue;
            if (IsTimeOrZone(word)) time |= word.Contains(':');
            else if (!IsSkippable(word)) return false;
        }
        return time;
    }

    /// <summary>A day of the month written as one or two digits, 1–31.</summary>
    internal static int? DayOf(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && AllDigits(word) && int.Parse(word) is var day and >= 1 and <= 31 ? day : null;

    /// <summary>A year written as four digits, 1900–2100.</summary>
    internal static int? YearOf(ReadOnlySpan<char> word) =>
        word.Length == 4 && AllDigits(word) && int.Parse(word) is var year and >= 1900 and <= 2100 ? year : null;

    /// <summary>The month a name or an abbreviation of at least three letters stands for ("Jan", "Sept.", "March"), 1–12.</summary>
    internal static int? MonthOf(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3) return null;
        for (var i = 0; i < Months.Length; i++)
        {
            var name = Months[i];
            if (word.Length <= name.Length && name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)) return i + 1;
        }
        return null;
    }

    static bool IsIsoDate(ReadOnlySpan<char> word, out DateOnly date)
    {
        date = default;
        if (word.Length > 10) word = word[..10]; // "2023-01-31T21:42:00Z"
        return word.Length == 10 && word[4] == '-' && word[7] == '-'
            && DateOnly.TryParseExact(word, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
    }

    // "02/01/2023", "1/2/2023" (month first, as US sites write it, unless the first number is over 12),
    // "01.02.2023" (day first, as European sites write it).
    static bool IsNumericDate(ReadOnlySpan<char> word, out DateOnly date)
    {
        date = default;
        if (word.Length is < 8 or > 10) return false;
        var separator = word.IndexOfAny('/', '.');
        if (separator < 1) return false;
        var mark = word[separator];
        var second = word[(separator + 1)..].IndexOf(mark);
        if (second < 1) return false;
        second += separator + 1;
        if (DayOf(word[..separator]) is not { } a || DayOf(word[(separator + 1)..second]) is not { } b || YearOf(word[(second + 1)..]) is not { } year)
            return false;
        var (day, month) = mark == '.' || a > 12 ? (a, b) : (b, a);
        if (month > 12 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    // "9:42", "21:42:05", "14.30" (as British and European sites write it), "GMT+9", "UTC-05:00", "+0900", "·", "/"
    static bool IsTimeOrZone(ReadOnlySpan<char> word)
    {
        if (word is "·" or "•" or "|" or "/" or "-" or "–" or "—") return true;
        if (word.Length > 2 && (word.EndsWith("am", StringComparison.OrdinalIgnoreCase) || word.EndsWith("pm", StringComparison.OrdinalIgnoreCase)))
            word = word[..^2]; // "9:42PM"
        if (word.Length is 4 or 5 && word[^3] == '.' && AllDigits(word[..^3]) && AllDigits(word[^2..]) && int.Parse(word[..^3]) < 24 && int.Parse(word[^2..]) < 60)
            return true;
        var start = word.StartsWith("GMT", StringComparison.OrdinalIgnoreCase) || word.StartsWith("UTC", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        var rest = word[start..];
        if (rest.IsEmpty) return start > 0;
        if (rest[0] is '+' or '-') rest = rest[1..];
        var colon = false;
        foreach (var c in rest)
        {
            if (c == ':') colon = true;
            else if (!char.IsAsciiDigit(c)) return false;
        }
        return !rest.IsEmpty && (colon || start > 0 || word[0] is '+' or '-');
    }

    static bool IsSkippable(ReadOnlySpan<char> word)
    {
        foreach (var s in Skippable)
            if (word.Equals(s, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool AllDigits(ReadOnlySpan<char> word) => !word.IsEmpty && word.IndexOfAnyExceptInRange('0', '9') < 0;
}
