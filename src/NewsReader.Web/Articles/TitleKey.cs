using System.Buffers;
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
        var text = Fold(title);
        // The key is never longer than the text: a space is written only in place of a dropped character.
        char[]? rented = null;
        var key = text.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c is '\'' or '’' or '‘') continue; // "Finland’s" and "Finland's" and "Finlands" agree
            var keep = char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
            if (!keep)
            {
                if (char.IsAscii(c) || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) space = true;
                continue;
            }
            if (space && length > 0) key[length++] = ' ';
            space = false;
            key[length++] = char.ToLowerInvariant(c);
        }
        var result = new string(key[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>Decomposes accented letters ("é" → "e" + accent) only when the text has any: most titles don't.</summary>
    internal static string Fold(string text) =>
        text.AsSpan().ContainsAnyInRange('\u00C0', '\u024F') || text.AsSpan().ContainsAnyInRange('\u1E00', '\u1EFF')
            ? text.Normalize(NormalizationForm.FormD)
            : text;
}
