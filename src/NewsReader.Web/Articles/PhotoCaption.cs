namespace NewsReader.Web.Articles;

/// <summary>
/// A photo caption taken apart the way wire services write it:
/// "FILE PHOTO: Stoltenberg speaks in Tokyo, January 31, 2023. REUTERS/Issei Kato/File Photo"
/// has the label "File photo", the text, and the photographer's credit.
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

        // The credit closes the caption: an agency in capitals, a slash, the photographer ("REUTERS/Issei Kato").
        string? credit = null;
        var start = text.LastIndexOf(". ");
        var tail = start < 0 ? [] : text[(start + 2)..].Trim();
        if (IsCredit(tail))
        {
            credit = tail.ToString();
            text = text[..(start + 1)];
        }
        return new PhotoCaption(label, text.ToString(), credit);
    }

    static readonly (string Prefix, string Name)[] Prefixes =
        [("FILE PHOTO:", "File photo"), ("FILE PHOTO -", "File photo"), ("PHOTO:", "Photo"), ("IMAGE:", "Photo")];

    static bool IsCredit(ReadOnlySpan<char> tail)
    {
        var slash = tail.IndexOf('/');
        if (slash < 2 || tail.Length > 80 || tail.Contains(". ", StringComparison.Ordinal)) return false;
        foreach (var c in tail[..slash])
            if (!char.IsAsciiLetterUpper(c)) return false;
        return slash + 1 < tail.Length && char.IsLetter(tail[slash + 1]);
    }
}
