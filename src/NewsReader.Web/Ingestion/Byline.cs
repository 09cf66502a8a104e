namespace NewsReader.Web.Ingestion;

/// <summary>Names in a "By …" line or an author line: "By A", "By A and B", "By A, B and C", "A & B".</summary>
public static class Byline
{
    /// <summary>
    /// "By Jane Doe", "BY JANE DOE", "By: Jane Doe"; and, when names follow, the other ways sites put it:
    /// "Story by Jane Doe" (MSN), "Written by Jane Doe", "Words by Jane Doe", "Author: Jane Doe".
    /// </summary>
    public static bool IsByline(ReadOnlySpan<char> line) => line.Length <= 200 && PrefixLength(line) > 0;

    /// <summary>The names in a "By …" line, as written.</summary>
    public static List<string> Names(string byline) => SplitNames(byline.AsSpan(PrefixLength(byline)));

    // The length of the byline's opening words ("By ", "Story by "), or 0 when the line is no byline.
    static int PrefixLength(ReadOnlySpan<char> line)
    {
        if (line.Length <= 3) return 0;
        // "By Jane Doe", "BY JANE DOE", "By: Jane Doe"; not prose that opens with the word ("By the end of the
        // visit…", "By and large…"): a name does not start in lower case.
        if (line.StartsWith("By ", StringComparison.OrdinalIgnoreCase) || line.StartsWith("By:", StringComparison.OrdinalIgnoreCase))
            return line[3..].TrimStart() is [var first, ..] && !char.IsLower(first) ? 3 : 0;
        // Most lines leave on their first two letters; these openings need names after them, as "Written by
        // hand…" is prose.
        var opening = (line[0] | 0x20, line[1] | 0x20) switch
        {
            ('s', 't') => "Story by ",
            ('w', 'r') => "Written by ",
            ('w', 'o') => "Words by ",
            ('a', 'u') => line.Length > 7 && (line[6] | 0x20) == 's' ? "Authors: " : "Author: ",
            _ => null,
        };
        return opening is not null && line.StartsWith(opening, StringComparison.OrdinalIgnoreCase) && LooksLikeNames(line[opening.Length..]) ? opening.Length : 0;
    }

    public static List<string> SplitNames(ReadOnlySpan<char> text)
    {
        var names = new List<string>();
        foreach (var name in EnumerateNames(text)) names.Add(name.ToString());
        return names;
    }

    /// <summary>
    /// The names in <paramref name="text"/> as slices of it, nothing copied: split on ",", ";" and "&amp;",
    /// then on " and ", each trimmed; a leading "and " ("A, B, and C") is not part of a name.
    /// </summary>
    public static NameEnumerator EnumerateNames(ReadOnlySpan<char> text)
    {
        // A trailing desk, outlet or date after "|", "·" or "•" is not a name: "By Jane Doe | Reuters",
        // "By Jane Doe · February 1, 2023".
        var bar = text.IndexOfAny(Separators);
        return new NameEnumerator(bar >= 0 ? text[..bar] : text);
    }

    /// <summary>What may follow the names in a byline or an author line: "|", "·" or "•", then a desk, an outlet or a date.</summary>
    public const string Separators = "|·•";

    /// <summary>
    /// Whether a header line reads as a list of people's names: short, no sentence punctuation, and each
    /// name one to five words that start with a capital ("Sakura Murakami", "Ana de la Cruz and Li Wei").
    /// </summary>
    public static bool LooksLikeNames(ReadOnlySpan<char> line)
    {
        if (line.Length is 0 or > 120 || line.EndsWith('.') || line.Contains(':')) return false;
        var count = 0;
        foreach (var name in EnumerateNames(line))
        {
            count++;
            var words = 0;
            foreach (var range in name.Split(' '))
            {
                var word = name[range];
                if (word.IsEmpty) continue;
                if (++words > 5 || !char.IsLetter(word[0]) || words == 1 && !char.IsUpper(word[0])) return false;
            }
        }
        return count > 0;
    }

    /// <summary>
    /// Whether a name from a byline is a person's rather than a role the byline adds ("By Jane Doe, Tokyo
    /// correspondent", "Senior Editors"): every word starts with a capital (or a letter without case, as in
    /// Japanese or Chinese), but for the particles of names such as "Ana de la Cruz", and the last word is
    /// not a newsroom role.
    /// </summary>
    public static bool IsPersonName(ReadOnlySpan<char> name)
    {
        name = name.Trim();
        var first = true;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (word.IsEmpty) continue;
            if (char.IsLower(word[0]) && (first || !IsParticle(word))) return false;
            first = false;
            last = word;
        }
        // "Senior Editors", "Tokyo Correspondent": capitalised, but a role.
        return !first && !IsRole(last.TrimEnd('s'));
    }

    /// <summary>
    /// A name as a reader writes it when the byline set it in capitals, as AP's does: "JANE DOE" is "Jane
    /// Doe", "JEAN-LUC O'BRIEN" is "Jean-Luc O'Brien"; a roman numeral stays ("JOHN ROE III"). A name with
    /// any lower-case letter is kept as written ("Ana de la Cruz", "DeShawn").
    /// </summary>
    public static string InNameCase(string name)
    {
        if (name.Length < 2 || name.Any(char.IsLower) || !name.Any(char.IsUpper)) return name;
        var chars = name.ToCharArray();
        var startOfWord = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (!char.IsLetter(c)) { startOfWord = c is ' ' or '-' or '\'' or '’' or '.'; continue; }
            if (!startOfWord) chars[i] = char.ToLowerInvariant(c);
            startOfWord = false;
        }
        // Roman numerals after a name ("III", "IV") keep their capitals.
        foreach (var range in name.AsSpan().Split(' '))
            if (name.AsSpan()[range] is { Length: > 1 } word && word.IndexOfAnyExcept("IVX") < 0)
                name.AsSpan()[range].CopyTo(chars.AsSpan(range.Start.GetOffset(name.Length)));
        return new string(chars);
    }

    /// <summary>
    /// The roles a byline gives beside its names ("Tokyo correspondent" in "By Jane Doe, Tokyo
    /// correspondent"): its parts that are neither a person's name nor a wire service.
    /// </summary>
    public static List<string> Roles(string? byline)
    {
        if (byline is null) return [];
        var parts = Names(byline);
        parts.RemoveAll(part => IsPersonName(part) || IsAgency(part));
        return parts;
    }

    /// <summary>A byline's part that names a role, not a person: "Tokyo correspondent", "Senior Editors".</summary>
    public static bool IsRoleName(ReadOnlySpan<char> part) =>
        part.Trim() is { Length: > 0 } trimmed && IsRole((trimmed.LastIndexOf(' ') is var space and >= 0 ? trimmed[(space + 1)..] : trimmed).TrimEnd('s'));

    static bool IsRole(ReadOnlySpan<char> word)
    {
        foreach (var role in (ReadOnlySpan<string>)["Editor", "Correspondent", "Reporter", "Writer", "Columnist", "Contributor", "Producer", "Analyst", "Critic"])
            if (word.Equals(role, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool IsParticle(ReadOnlySpan<char> word)
    {
        // "al-Omran", "d'Ancona": the particle is the part before the hyphen or apostrophe.
        if (word.IndexOfAny("-'’") is var joint and > 0) word = word[..joint];
        foreach (var particle in (ReadOnlySpan<string>)["de", "da", "do", "dos", "das", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "ter", "ten", "bin", "bint", "al", "el", "y", "e", "zu", "d", "l"])
            if (word.Equals(particle, StringComparison.Ordinal)) return true;
        return false;
    }

    // Wire services and desks that bylines name beside or instead of people ("By Jane Doe, Reuters").
    static readonly string[] Agencies =
        ["Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg", "Bloomberg News", "dpa",
         "Kyodo", "Kyodo News", "Xinhua", "Yonhap", "ANSA", "EFE", "UPI", "PA", "PA Media", "Press Association",
         "CNN", "BBC", "BBC News", "Staff", "Staff Writer", "Staff Reporter"];

    /// <summary>
    /// Whether a name from a byline is an organisation rather than a person: a wire service or desk
    /// ("Reuters", "The Associated Press", "Reuters Staff", "Yonhap News Agency"), or the agency the
    /// article's own dateline names.
    /// </summary>
    public static bool IsAgency(ReadOnlySpan<char> name, string? datelineAgency = null)
    {
        name = name.Trim();
        if (name.StartsWith("The ", StringComparison.OrdinalIgnoreCase)) name = name[4..];
        if (name.EndsWith(" Staff", StringComparison.OrdinalIgnoreCase)) name = name[..^6];
        if (name.EndsWith(" News Agency", StringComparison.OrdinalIgnoreCase)) return true;
        if (datelineAgency is not null && name.Equals(datelineAgency, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var agency in Agencies)
            if (name.Equals(agency, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Enumerates the names of a line (see <see cref="EnumerateNames"/>).</summary>
    public ref struct NameEnumerator(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> _rest = text;
        ReadOnlySpan<char> _part;
        bool _inPart;
        bool _done;

        public readonly NameEnumerator GetEnumerator() => this;

        public ReadOnlySpan<char> Current { get; private set; }

        public bool MoveNext()
        {
            while (true)
            {
                if (_inPart)
                {
                    var and = _part.IndexOf(" and ", StringComparison.OrdinalIgnoreCase); // "BY A AND B" too
                    var piece = (and < 0 ? _part : _part[..and]).Trim();
                    if (and < 0) _inPart = false;
                    else _part = _part[(and + 5)..];
                    if (piece.StartsWith("and ", StringComparison.OrdinalIgnoreCase)) piece = piece[4..].Trim();
                    // "Kantaro Komiya in Tokyo": where the reporter filed from is not part of the name.
                    if (piece.IndexOf(" in ", StringComparison.Ordinal) is var at and > 0 && at + 4 < piece.Length && char.IsUpper(piece[at + 4]))
                        piece = piece[..at].TrimEnd();
                    if (piece.IsEmpty) continue;
                    Current = piece;
                    return true;
                }
                if (_done) return false;
                var separator = _rest.IndexOfAny(',', ';', '&');
                var part = (separator < 0 ? _rest : _rest[..separator]).Trim();
                if (separator < 0) _done = true;
                else _rest = _rest[(separator + 1)..];
                if (part.IsEmpty) continue;
                _part = part;
                _inPart = true;
            }
        }
    }
}
