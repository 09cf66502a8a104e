namespace NewsReader.Web.Articles;

/// <summary>
/// A photo caption taken apart the way wire services write it:
/// "FILE PHOTO: Stoltenberg speaks in Tokyo, January 31, 2023. REUTERS/Issei Kato/File Photo"
/// has the label "File photo", the text, and the photographer's credit. AP's "(AP Photo/Eugene Hoshiko)"
/// and "Kim Kyung-Hoon/Reuters" are credits too.
/// </summary>
public sealed record PhotoCaption(string Label, string Text, string? Credit)
{
    public static PhotoCaption From(string caption)
    {
        var text = caption.AsSpan().Trim();
        var label = "Photo";
        foreach (var (prefix, name) in Prefixes)
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length)
            {
                label = name;
                text = text[prefix.Length..].TrimStart();
                break;
            }

        // The New York Times's "…as prices rise.Credit...Kiyoshi Ota for The New York Times", as its page copies.
        if (text.LastIndexOf("Credit...", StringComparison.Ordinal) is var nyt and > 0 && text.Length - nyt - 9 is > 2 and <= 80)
            return new PhotoCaption(label, text[..nyt].TrimEnd().ToString(), text[(nyt + 9)..].Trim().ToString());

        // The credit closes the caption: an agency in capitals, a slash, the photographer ("REUTERS/Issei Kato");
        // the photographer, a slash, a known agency ("Kim Kyung-Hoon/Reuters"); or AP's "(AP Photo/Eugene Hoshiko)".
        string? credit = null;
        var open = text.EndsWith(")") ? text.LastIndexOf('(') : -1;
        if (open > 0 && text[(open + 1)..^1].Trim() is var inParentheses && IsCredit(inParentheses))
        {
            credit = inParentheses.ToString();
            text = text[..open].TrimEnd();
        }
        else
        {
            var start = text.LastIndexOf(". ");
            var tail = start < 0 ? [] : text[(start + 2)..].Trim();
            if (IsCredit(tail))
            {
                credit = tail.ToString();
                text = text[..(start + 1)];
            }
            // The credit on a line of its own under a caption that ends without a full stop, which the
            // header joins with a space: "…in Tokyo REUTERS/Issei Kato".
            else if (AgencyFirstCredit(text) is var at and > 0)
            {
                credit = text[at..].Trim().ToString();
                text = text[..at].TrimEnd();
            }
        }
        return new PhotoCaption(label, text.ToString(), credit);
    }

    /// <summary>
    /// Whether a body paragraph is another photo's caption, as a capture of a page with several photos keeps
    /// them between paragraphs: it closes with a photo credit ("… May 5, 2024. REUTERS/Ann Wang", "(AP
    /// Photo/Jae C. Hong)") and is no longer than a caption is.
    /// </summary>
    public static bool IsCaption(string paragraph) => InBody(paragraph) is not null;

    /// <summary>The paragraph taken apart as a caption when it is one (<see cref="IsCaption"/>), else null.</summary>
    public static PhotoCaption? InBody(string paragraph) =>
        paragraph.Length is >= 20 and <= MaxLength && paragraph.Contains('/') && From(paragraph) is { Credit: not null } caption ? caption : null;

    const int MaxLength = 400;

    static readonly (string Prefix, string Name)[] Prefixes =
        [("FILE PHOTO:", "File photo"), ("FILE PHOTO -", "File photo"), ("PHOTO:", "Photo"), ("IMAGE:", "Photo")];

    // Where "AGENCY/Photographer" starts in the caption's last words, or -1.
    static int AgencyFirstCredit(ReadOnlySpan<char> text)
    {
        var slash = text.LastIndexOf('/');
        if (slash < 0) return -1;
        var space = text[..slash].LastIndexOf(' ');
        if (space < 0 || slash - space < 3) return -1;
        var tail = text[(space + 1)..];
        // Without a full stop to set it apart, the credit must read as one: "REUTERS/Issei Kato", every
        // word a capitalised name ("the AFP/Reuters poll" is caption text).
        foreach (var range in tail.SplitAny(" /"))
            if (tail[range] is { IsEmpty: false } word && !char.IsUpper(word[0])) return -1;
        return tail[..(slash - space - 1)].IndexOfAnyExceptInRange('A', 'Z') < 0 && IsCredit(tail) ? space + 1 : -1;
    }

    // A full stop and a space that end a sentence; a photographer's initial ("Jae C. Hong") ends none.
    static bool HasSentenceBreak(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf(". "); at >= 0; at = text[(at + 2)..].IndexOf(". ") is var next and >= 0 ? at + 2 + next : -1)
            if (!(at >= 1 && char.IsUpper(text[at - 1]) && (at == 1 || text[at - 2] is ' ' or '/'))) return true;
        return false;
    }

    static bool IsCredit(ReadOnlySpan<char> tail)
    {
        var slash = tail.IndexOf('/');
        if (slash < 2 || tail.Length > 80 || HasSentenceBreak(tail)) return false;
        if (slash + 1 >= tail.Length || !char.IsLetter(tail[slash + 1])) return false;
        var before = tail[..slash];
        if (before.IndexOfAnyExceptInRange('A', 'Z') < 0) return true;                       // REUTERS/Issei Kato
        if (before.Equals("AP Photo", StringComparison.OrdinalIgnoreCase)) return true;     // AP Photo/Eugene Hoshiko
        var agency = tail[(tail.LastIndexOf('/') + 1)..];                                     // Kim Kyung-Hoon/Reuters
        return !before.ContainsAny(',', ';') && (Ingestion.Byline.IsAgency(agency) || agency.EndsWith("Getty Images", StringComparison.Ordinal));
    }
}
