using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsReader.Web.Articles;

/// <summary>URL names: lowercase ASCII letters, digits and single hyphens, at most <see cref="MaxLength"/> characters.</summary>
public static class Slug
{
    public const int MaxLength = 80;

    /// <summary>
    /// "NATO chief stresses importance…" → "nato-chief-stresses-importance…". Accents fold to their base
    /// letter ("Zürich" → "zurich"); Latin letters without one, Greek and Cyrillic are romanised with AnyAscii
    /// ("Straße in Łódź" → "strasse-in-lodz", "Глава НАТО" → "glava-nato"). Text with no letters or digits
    /// of those scripts (a headline in Japanese, say) gets <paramref name="fallbackPrefix"/> and a short hash
    /// of the text, so it is usable and stable across restarts.
    /// </summary>
    public static string From(string text, string fallbackPrefix = "article")
    {
        var folded = TitleKey.Fold(Romanised(text));
        var sb = new StringBuilder(Math.Min(folded.Length, MaxLength + 1));
        var pendingHyphen = false;
        foreach (var c in folded)
        {
            if (sb.Length + (pendingHyphen ? 1 : 0) >= MaxLength)
            {
                // Cut at the last whole word rather than mid-word.
                var lastHyphen = sb.ToString().LastIndexOf('-');
                if (lastHyphen > 0 && char.IsAsciiLetterOrDigit(c)) sb.Length = lastHyphen;
                break;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (c is '\'' or '’') continue; // "NATO's" → "natos", not "nato-s"
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(lower);
            }
            else pendingHyphen = true;
        }
        if (sb.Length > 0) return sb.ToString();

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return $"{fallbackPrefix}-{Convert.ToHexStringLower(hash, 0, 5)}";
    }

    // The letters of Latin (with its extensions), Greek and Cyrillic, the scripts with one standard
    // romanisation, as AnyAscii writes them ("ß" → "ss", "Ł" → "L", "Ж" → "Zh"). Everything else stays for the
    // rules below: symbols ("£" is no "GBP" in an address), the apostrophe they skip, and other scripts, which
    // AnyAscii would misread (Japanese kanji as Mandarin, Arabic without its vowels).
    static string Romanised(string text)
    {
        if (Ascii.IsValid(text)) return text;
        var romanised = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!rune.IsAscii && Rune.IsLetter(rune) && rune.Value is <= 0x052F or (>= 0x1E00 and <= 0x1FFF))
                romanised.Append(AnyAscii.Transliteration.Transliterate(rune.ToString()));
            else romanised.Append(rune.ToString());
        }
        return romanised.ToString();
    }

    /// <summary>
    /// A slug for <paramref name="text"/> not yet in <paramref name="taken"/> (which it joins): a second use
    /// of the same text gets "-2", a third "-3". Given the same texts in the same order, the same slugs.
    /// </summary>
    public static string Unique(string text, HashSet<string> taken, string fallbackPrefix = "article")
    {
        var first = From(text, fallbackPrefix);
        var slug = first;
        for (var n = 2; !taken.Add(slug); n++) slug = $"{first}-{n}";
        return slug;
    }

    /// <summary>Whether <paramref name="value"/> could be a slug at all: the cheap check before any lookup.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > MaxLength + 8) return false;
        foreach (var c in value)
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        return true;
    }
}
