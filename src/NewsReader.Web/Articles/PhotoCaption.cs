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

        // The credit closes the caption: an agency in capitals, a slash, the photographer ("REUTERS/Issei Kato");
        // the photographer, a slash, a known agency ("Kim Kyung-Hoon/Reuters"); or AP's "(AP Photo/Eugene Hoshiko)".
        string? credit = null;
        if (text.EndsWith(")") && text.LastIndexOf('(') is var open and > 0 && IsCredit(text[(open + 1)..^1].Trim()))
        {
            credit = text[(open + 1)..^1].Trim().ToString();
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
        }
        return new PhotoCaption(label, text.ToString(), credit);
    }

    static readonly (string Prefix, string Name)[] Prefixes =
        [("FILE PHOTO:", "File photo"), ("FILE PHOTO -", "File photo"), ("PHOTO:", "Photo"), ("IMAGE:", "Photo")];

    static bool IsCredit(ReadOnlySpan<char> tail)
    {
        var slash = tail.IndexOf('/');
        if (slash < 2 || tail.Length > 80 || tail.Contains(". ", StringComparison.Ordinal)) return false;
        if (slash + 1 >= tail.Length || !char.IsLetter(tail[slash + 1])) return false;
        var before = tail[..slash];
        if (before.IndexOfAnyExceptInRange('A', 'Z') < 0) return true;                       // REUTERS/Issei Kato
        if (before.Equals("AP Photo", StringComparison.OrdinalIgnoreCase)) return true;     // AP Photo/Eugene Hoshiko
        var agency = tail[(tail.LastIndexOf('/') + 1)..];                                     // Kim Kyung-Hoon/Reuters
        return !before.ContainsAny(',', ';') && (Ingestion.Byline.IsAgency(agency) || agency.EndsWith("Getty Images", StringComparison.Ordinal));
    }
}
