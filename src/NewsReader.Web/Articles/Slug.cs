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
    /// letter ("Zürich" → "zurich"); text with no Latin letters or digits (a headline in Japanese, say) gets
    /// <paramref name="fallbackPrefix"/> and a short hash of the text, so it is usable and stable across restarts.
    /// </summary>
    public static string From(string text, string fallbackPrefix = "article")
    {
        var folded = TitleKey.Fold(text);
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
