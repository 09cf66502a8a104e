namespace NewsReader.Web.Articles;

/// <summary>
/// The wire-story opening of a first paragraph: "TOKYO (Reuters) - ", "KYIV, Ukraine (AP) — ", "PARIS - ",
/// "WASHINGTON, Jan 5 (Reuters) - ", "LONDON/PARIS (Reuters) - ", and the agency alone, "(Reuters) - " or
/// "(CNN) — ", which stories filed without a place open with (<see cref="Place"/> null).
/// <see cref="Date"/> is the date as written, when the dateline has one.
/// </summary>
public sealed record Dateline(string? Place, string? Agency, string? Date = null)
{
    const int MaxHeadLength = 80;
    const int MaxAgencyLength = 40;

    /// <summary>
    /// Reads the dateline at the start of <paramref name="paragraph"/>, or null when it opens with none.
    /// Rule: PLACE [, Region] [, Date] [(AGENCY)] then a separator: an en or em dash (or a figure dash, horizontal
    /// bar or minus sign) anywhere, or a hyphen with a space on at least one side ("TOKYO (Reuters) -NATO…"
    /// counts, "WINSTON-SALEM" does not split).
    /// Without an agency the city must be in capitals, so "Stoltenberg - said" is not a dateline.
    /// One forward scan over at most <see cref="MaxHeadLength"/> characters: no regular expression.
    /// </summary>
    public static Dateline? TryParse(string? paragraph)
    {
        if (Find(paragraph, out var head, out var agency, out var date) == 0) return null;
        var text = paragraph.AsSpan();
        return new Dateline(head is { } h ? text[h].ToString() : null, agency is { } a ? text[a].ToString() : null, date is { } d ? text[d].ToString() : null);
    }

    /// <summary>
    /// A dateline's place as a reader names it, for the pages that list and head places: "TOKYO" is
    /// "Tokyo", "KYIV, Ukraine" is "Kyiv, Ukraine", "RIO DE JANEIRO" is "Rio de Janeiro",
    /// "PORT-AU-PRINCE" is "Port-au-Prince", "LONDON/PARIS" is "London/Paris". Abbreviations keep their
    /// capitals ("WASHINGTON, D.C.", "DUBAI, UAE"); a part with any lower-case letter is kept as written.
    /// The story itself keeps its dateline as the wire wrote it.
    /// </summary>
    public static string PlaceName(string place)
    {
        if (!place.Any(char.IsUpper)) return place;
        var parts = place.Split(',');
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            // After the city, a short word in capitals is an abbreviation: "UAE", "DC", "UK".
            if (p > 0 && part.Trim() is { Length: <= 3 } word && word.All(char.IsUpper)) continue;
            var cities = part.Split('/');
            for (var c = 0; c < cities.Length; c++)
                cities[c] = LowerParticles(Ingestion.Byline.InNameCase(cities[c]), cities[c]);
            parts[p] = string.Join('/', cities);
        }
        return string.Join(',', parts);
    }

    // "Rio De Janeiro" → "Rio de Janeiro", "Port-Au-Prince" → "Port-au-Prince": only where the capitals
    // were the capture's (a place written "Rio De Janeiro" is kept), never the first word.
    static string LowerParticles(string named, string written)
    {
        if (ReferenceEquals(named, written) || named == written) return named;
        var chars = named.ToCharArray();
        var start = 0;
        var first = true;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] is not (' ' or '-')) continue;
            if (i > start)
            {
                if (!first && PlaceParticles.Contains(named.AsSpan(start, i - start))) chars[start] = char.ToLowerInvariant(chars[start]);
                first = false;
            }
            start = i + 1;
        }
        return new string(chars);
    }

    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceParticles =
        new HashSet<string>(["De", "Da", "Do", "Dos", "Das", "Del", "Della", "Di", "Du", "Des", "La", "Le", "Les", "Es", "Am", "Im",
            "An", "Der", "Den", "Upon", "Sur", "En", "Au", "Aux", "Of", "On", "And"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="line"/> opens with a dateline; builds nothing.</summary>
    public static bool StartsWithDateline(ReadOnlySpan<char> line) => Find(line, out _, out _, out _) > 0;

    /// <summary>The length of the dateline prefix (head and separator), so pages can set it apart.</summary>
    public static int PrefixLength(string paragraph) => Find(paragraph, out _, out _, out _);

    /// <summary>The prefix length (0: no dateline), and where the place, the agency and the date stand in it.</summary>
    static int Find(ReadOnlySpan<char> paragraph, out Range? place, out Range? agency, out Range? date)
    {
        place = null;
        agency = null;
        date = null;
        var limit = Math.Min(paragraph.Length, MaxHeadLength);
        for (var i = 1; i < limit; i++)
        {
            // Jump to the next dash (a vectorised search) rather than testing every character.
            var next = paragraph[i..limit].IndexOfAny(TextRules.Dashes);
            if (next < 0) break;
            i += next;
            if (!IsSeparatorAt(paragraph, i)) continue;
            // The first separator decides: before it stands a dateline, or this paragraph has none.
            if (!TryHead(paragraph, i, out place, out agency, out date)) return 0;
            var end = i;
            while (end < paragraph.Length && TextRules.IsDash(paragraph[end])) end++;
            while (end < paragraph.Length && char.IsWhiteSpace(paragraph[end])) end++;
            return end;
        }
        return 0;
    }

    static bool IsSeparatorAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c != '-') return TextRules.IsDash(c);
        var spaceBefore = char.IsWhiteSpace(text[i - 1]) || text[i - 1] == ')';
        var spaceAfter = i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
        return spaceBefore || spaceAfter;
    }

    /// <summary>
    /// Reads the head before the separator at <paramref name="separator"/>: PLACE [, Region] [, Date] [(AGENCY)],
    /// or (AGENCY) alone when it names a wire service ("(Reuters)", "(CNN)"), so "(Updated) - " is no dateline.
    /// </summary>
    static bool TryHead(ReadOnlySpan<char> text, int separator, out Range? place, out Range? agency, out Range? date)
    {
        place = null;
        agency = null;
        date = null;
        // Ranges are kept rather than strings, so a check that only asks "is there one?" builds nothing.
        var start = LeadingWhiteSpace(text[..separator]);
        var head = text[..separator].Trim();
        if (head.EndsWith(")"))
        {
            var open = head.LastIndexOf('(');
            if (open < 0) return false;
            var inner = head[(open + 1)..^1];
            var innerStart = start + open + 1 + LeadingWhiteSpace(inner);
            inner = inner.Trim();
            if (inner.IsEmpty || inner.Length > MaxAgencyLength || inner.ContainsAny('(', ')')) return false;
            agency = new Range(innerStart, innerStart + inner.Length);
            head = head[..open].TrimEnd();
            if (head.IsEmpty) return Ingestion.Byline.IsAgency(inner);
        }
        // CNN's own form, the network's name after the place without brackets: "Tokyo CNN —", "Hong Kong CNN —".
        else if (head.EndsWith(" CNN", StringComparison.Ordinal) || head is "CNN")
        {
            var at = start + head.Length - 3;
            agency = new Range(at, at + 3);
            head = head[..^3].TrimEnd();
            if (head.IsEmpty) return true;
        }
        if (head.IsEmpty || head.ContainsAny('(', ')')) return false;

        // The city, then comma-separated parts: regions ("Ukraine", "Fla."), then at most one date
        // ("March 20", "20 March", "Sept. 3"), which may carry a year ("Oct 1, 2024").
        var comma = head.IndexOf(',');
        var city = (comma < 0 ? head : head[..comma]).Trim();
        if (!IsCity(city, requireCapitals: agency is null)) return false;
        var placeEnd = city.Length;
        int? dateStart = null;
        var dateEnd = 0;
        var hasYear = false;
        for (var at = comma; at >= 0;)
        {
            var next = head[(at + 1)..].IndexOf(',');
            var end = next < 0 ? head.Length : at + 1 + next;
            var part = head[(at + 1)..end];
            var partStart = at + 1 + LeadingWhiteSpace(part);
            part = part.Trim();
            if (part.IsEmpty) return false;
            if (dateStart is null && IsDate(part)) dateStart = partStart;
            else if (dateStart is not null && !hasYear && IsYear(part)) hasYear = true;
            else if (dateStart is null && IsRegion(part)) placeEnd = partStart + part.Length;
            else return false;
            if (dateStart is not null) dateEnd = partStart + part.Length;
            at = next < 0 ? -1 : end;
        }
        place = new Range(start, start + placeEnd);
        if (dateStart is { } d) date = new Range(start + d, start + dateEnd);
        return true;
    }

    static int LeadingWhiteSpace(ReadOnlySpan<char> text) => text.Length - text.TrimStart().Length;

    // "TOKYO", "NEW YORK", "ST. PETERSBURG", "N'DJAMENA", "LONDON/PARIS"; with an agency also "Tokyo", "New York".
    static bool IsCity(ReadOnlySpan<char> city, bool requireCapitals)
    {
        if (city.Length < 2 || !char.IsLetter(city[0]) || !char.IsUpper(city[0])) return false;
        var letters = 0;
        var words = 1;
        var startOfWord = true;
        foreach (var c in city)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsLower(c) && (requireCapitals || startOfWord)) return false;
                startOfWord = false;
            }
            // "LONDON/PARIS": a story reported from two cities.
            else if (c is ' ' or '/') { words++; startOfWord = true; }
            else if (c is not ('.' or '\'' or '’' or '-' or '&')) return false;
        }
        return letters >= 2 && words <= 5;
    }

    // "Ukraine", "Calif.", "N.Y.", "South Korea"
    static bool IsRegion(ReadOnlySpan<char> region)
    {
        if (region.Length > 40 || !char.IsUpper(region[0])) return false;
        foreach (var c in region)
            if (!char.IsLetter(c) && c is not (' ' or '.' or '\'' or '’' or '-')) return false;
        return true;
    }

    // "March 20", "Mar. 20", "Sept 3", "20 March": a month's name or abbreviation and a day of the month.
    static bool IsDate(ReadOnlySpan<char> part)
    {
        var space = part.IndexOf(' ');
        if (space < 0 || part[(space + 1)..].Contains(' ')) return false;
        var first = part[..space];
        var second = part[(space + 1)..];
        return IsMonth(first) && IsDay(second) || IsDay(first) && IsMonth(second);
    }

    static bool IsMonth(ReadOnlySpan<char> word) => Ingestion.PublishedDate.MonthOf(word) is not null;

    static bool IsDay(ReadOnlySpan<char> word) => Ingestion.PublishedDate.DayOf(word) is not null;

    static bool IsYear(ReadOnlySpan<char> word) => Ingestion.PublishedDate.YearOf(word) is not null;
}
