using System.Text;
using UtfUnknown;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The legacy encodings a file that is not UTF-8 may be written in: the one a page or its container names
/// (<see cref="Named"/>), or, when nothing names one, the one its text reads in (<see cref="ReadInOtherScript"/>).
/// </summary>
public static class TextEncodings
{
    /// <summary>
    /// The encoding <paramref name="name"/> (lower case) stands for, strict; null for UTF-8, Windows-1252 and
    /// Latin-1, which the usual decoding reads, and for one .NET lacks or one that does not read ASCII as ASCII.
    /// </summary>
    public static Encoding? Named(string name)
    {
        if (name is "windows-1252" or "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "cp1252" or "utf-8" or "utf8") return null;
        if (name is "gb2312" or "gb_2312-80") name = "gbk"; // as browsers read it: GBK holds GB2312
        // Strict: a byte the encoding does not have rejects the file rather than turn into "?".
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        // Only one that reads ASCII as ASCII, as a page's declaration itself was read: not EBCDIC ("ibm037"),
        // which no browser honours either.
        return encoding is not null && IsAsciiCompatible(encoding) ? encoding : null;

        static bool IsAsciiCompatible(Encoding encoding)
        {
            try
            {
                return encoding.GetString("<meta charset=\"x\">"u8) == "<meta charset=\"x\">";
            }
            catch (DecoderFallbackException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// Reads a text that is not UTF-8 and names no encoding in the legacy encoding of a script other than Latin
    /// (Windows-1251 or KOI8-R, Shift_JIS, GBK, Big5, EUC-KR, Greek, Hebrew, Arabic, Thai) into
    /// <paramref name="chars"/> (at least as long as <paramref name="bytes"/>), giving its length; or -1. The guess is
    /// Mozilla's universal charset detector's (UTF.Unknown, a port of the uchardet Firefox used). It is taken only
    /// when the text reads in that encoding without a control character and most of its letters beyond ASCII are
    /// of a script other than Latin, standing in words of their own rather than inside Latin ones. Latin texts stay
    /// Windows-1252, as Western capture tools write them: the detector takes short ones for Windows-1250 or Mac
    /// Central European, whose letters differ. <paramref name="name"/>: the encoding's name, when it is taken.
    /// </summary>
    public static int ReadInOtherScript(ReadOnlySpan<byte> bytes, Span<char> chars, out string? name)
    {
        name = null;
        // The first 64 KB tell the encoding as well as the whole (a capture is rarely longer), and bound the
        // detector's time on a file of several megabytes that is no text at all (0.1 s for 4 MB).
        var sample = bytes[..Math.Min(bytes.Length, 64 * 1024)].ToArray();
        if (CharsetDetector.DetectFromBytes(sample).Detected?.EncodingName is not { } guess || Named(guess.ToLowerInvariant()) is not { } encoding) return -1;
        int length;
        try
        {
            length = encoding.GetChars(bytes, chars);
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException)
        {
            return -1;
        }
        if (!IsOtherScript(chars[..length])) return -1;
        name = encoding.WebName;
        return length;
    }

    // No control character but tab, line breaks and form feed (nor a noncharacter); of the letters beyond ASCII more of a script other
    // than Latin than of Latin, and most of those not beside an ASCII letter ("Café" read as Windows-1251 is
    // "Cafй": a Cyrillic letter inside a Latin word).
    static bool IsOtherScript(ReadOnlySpan<char> text)
    {
        int latin = 0, other = 0, besideAscii = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (SeedText.IsStrayControl(c)) return false;
            if (c < '\u0080' || !char.IsLetter(c)) continue;
            if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') latin++;
            else
            {
                other++;
                if (i > 0 && char.IsAsciiLetter(text[i - 1]) || i + 1 < text.Length && char.IsAsciiLetter(text[i + 1])) besideAscii++;
            }
        }
        return other > latin && besideAscii * 2 < other;
    }
}
