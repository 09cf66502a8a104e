using System.Globalization;
using System.Text;

namespace NewsReader.Web.Articles;

/// <summary>
/// A title reduced to what identifies it: case, accents, quotes, dashes and punctuation gone, words
/// separated by single spaces. "Explainer-What is…" and "Explainer: What is…" give the same key.
/// </summary>
public static class TitleKey
{
    public static string Of(string title)
    {
        var sb = new StringBuilder(title.Length);
        var space = false;
        foreach (var c in Fold(title))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘') continue; // "Finland’s" and "Finland's" and "Finlands" agree
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else space = true;
        }
        return sb.ToString();
    }

    /// <summary>Decomposes accented letters ("é" → "e" + accent) only when the text has any: most titles don't.</summary>
    internal static string Fold(string text) =>
        text.AsSpan().ContainsAnyInRange('\u00C0', '\u024F') || text.AsSpan().ContainsAnyInRange('\u1E00', '\u1EFF')
            ? text.Normalize(NormalizationForm.FormD)
            : text;
}
