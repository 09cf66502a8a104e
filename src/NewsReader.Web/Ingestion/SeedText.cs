using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// Turns a seed file's bytes into lines: any line ending, trailing whitespace gone. The text is UTF-8 (BOM
/// optional), as nearly every capture is; UTF-16 with a byte order mark (Windows "Unicode" files), or
/// without one when its NULs say so; a text in a script other than Latin in that script's legacy encoding
/// (<see cref="TextEncodings.ReadInOtherScript"/>); or, when the bytes are not UTF-8 and hold no UTF-8
/// sequence at all, Windows-1252, the legacy encoding Western capture tools write (as browsers fall back to
/// for unlabelled text). A document of another kind (a PDF, a word processor's file, an image) is rejected by its name;
/// anything else with the reason and the byte offset.
/// </summary>
public static class SeedText
{
    static readonly Encoding StrictUtf16 = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    // Characters a reader never sees that web pages and editors leave in copied text: the zero-width
    // space, the word joiner, a byte order mark inside the text and the soft hyphen. Left in, they split
    // "Recommended Stories" or "By" from what matches them and a soft hyphen splits a searched word.
    // Zero-width joiners stay: emoji and some scripts need them.
    static readonly SearchValues<char> Invisible = SearchValues.Create("\u200B\u2060\uFEFF\u00AD");

    // NUL; the other control characters but tab, line feed and carriage return, which no page can show;
    // "&" (it may open an HTML entity, "NATO&#39;s", that a tool copied from a page's source); and the
    // last UTF-8 byte of each character Normalise handles: U+00A0 (C2 A0), U+00AD (C2 AD), U+200B (E2 80 8B),
    // U+2028 and U+2029 (E2 80 A8, A9), U+202F (E2 80 AF), U+2060 (E2 81 A0), U+FEFF (EF BB BF); and the
    // first byte of the noncharacters U+FFFE and U+FFFF (EF BF BE, BF), which the other characters from
    // U+F000 up share. Other characters share some of these bytes (é, à, "AT&T", fullwidth "，"); they
    // only cost the pass.
    static readonly SearchValues<byte> NulOrNormalisable = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15,
         0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F, (byte)'&', 0x8B, 0xA0, 0xA8, 0xA9, 0xAD, 0xAF, 0xBB, 0xEF]);

    /// <summary>Decodes <paramref name="bytes"/>, or returns the reason it is not text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error) => Decode(bytes, out error, out _);

    /// <summary>
    /// Decodes <paramref name="bytes"/>, or returns the reason it is not text; <paramref name="readAs"/> says how
    /// it was read when that was a guess (<see cref="TryDecodeRented"/>).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error, out string? readAs)
    {
        if (!TryDecodeRented(bytes, out var chars, out var length, out error, out readAs)) return null;
        var text = new string(chars, 0, length);
        ArrayPool<char>.Shared.Return(chars);
        return text;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="chars"/>, a buffer rented from the shared
    /// <see cref="ArrayPool{T}"/> that the caller returns (nothing is kept of it), or gives the reason
    /// it is not text. UTF-8 takes one pass that validates as it decodes, and no string for the whole text.
    /// <paramref name="readAs"/>: how the text was read when nothing in it said so and that was a guess (an
    /// encoding detected, Windows-1252 for want of one, UTF-16 without its mark, UTF-8 mended), for the
    /// ingestion report; null for UTF-8 and UTF-16 with a byte order mark.
    /// </summary>
    public static bool TryDecodeRented(ReadOnlySpan<byte> bytes, out char[] chars, out int length, out string? error, out string? readAs)
    {
        chars = [];
        length = 0;
        error = null;
        readAs = null;
        if (OtherKind(bytes) is { } kind)
        {
            error = "not text: " + kind;
            return false;
        }
        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE])) return TryDecodeUtf16(bytes, StrictUtf16, 2, out chars, out length, out error);
        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF])) return TryDecodeUtf16(bytes, StrictUtf16BigEndian, 2, out chars, out length, out error);

        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        bytes = bytes[bom..];
        // One pass finds a NUL (binary data) or a byte that may belong to a character Normalise drops or
        // replaces; most captures have neither, and are spared that pass over the decoded text.
        var first = bytes.IndexOfAny(NulOrNormalisable);
        var normalise = first >= 0 ? bytes[first] != 0 : HasC1Control(bytes);
        var nul = first < 0 ? -1 : !normalise ? first : bytes[first..].IndexOf((byte)0) is var n and >= 0 ? first + n : -1;
        if (nul >= 0)
        {
            // UTF-16 written without a byte order mark (some Windows tools): Latin text puts a NUL in every
            // other byte. Read as UTF-16, in the order those NULs tell, rather than lose the article.
            if (bom == 0 && Utf16WithoutMark(bytes) is { } encoding)
            {
                readAs = $"Read as UTF-16 ({(encoding == StrictUtf16 ? "little" : "big")}-endian), as its NUL bytes tell: it has no byte order mark.";
                return TryDecodeUtf16(bytes, encoding, 0, out chars, out length, out error);
            }
            error = $"not text: NUL byte at offset {bom + nul}";
            return false;
        }
        chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        if (Utf8.ToUtf16(bytes, chars, out var read, out length, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            if (MayBeDoublyEncoded(bytes) && Undo1252Reading(chars.AsSpan(0, length)) is var undone and >= 0)
            {
                length = undone;
                normalise = true;
                readAs = "Mended: UTF-8 text once read as Windows-1252 and saved again (\"â€™\" for \"’\") is read as it was written.";
            }
            if (normalise) length = Normalise(chars.AsSpan(0, length));
            return true;
        }

        // Not UTF-8. Mostly UTF-8 (at least half of its bytes beyond ASCII in valid sequences), it is UTF-8 gone
        // bad, and decoding it otherwise would garble the characters that were right. Else a text in a script
        // other than Latin is read in that script's legacy encoding, which the detector finds (Windows-1251,
        // Shift_JIS, GBK: their bytes make a valid UTF-8 sequence here and there). Without a single valid UTF-8
        // sequence any other reads as Windows-1252 (one byte, one character), unless it holds control
        // characters, as binary files do.
        var (valid, invalid) = bom == 0 ? Utf8Sequences(bytes) : (1, 0);
        if (valid < invalid && TextEncodings.ReadInOtherScript(bytes, chars, out var detected) is var inOtherScript and >= 0)
        {
            length = Normalise(chars.AsSpan(0, inOtherScript));
            readAs = $"Read as {detected}, the encoding its text is in: it is not UTF-8 and names none.";
            return true;
        }
        if (valid == 0)
        {
            length = Windows1252.GetChars(bytes, chars);
            var control = IndexOfControl(chars.AsSpan(0, length));
            if (control < 0)
            {
                length = Normalise(chars.AsSpan(0, length));
                readAs = "Read as Windows-1252, as older Western tools write text: it is not UTF-8 and names no encoding.";
                return true;
            }
            error = $"not text: control character at offset {control}";
        }
        else error = $"not UTF-8 text: invalid byte sequence at offset {bom + read}";
        ArrayPool<char>.Shared.Return(chars);
        chars = [];
        length = 0;
        return false;
    }

    /// <summary>
    /// What a file is that opens as a document of another kind (a PDF, a word processor's, an image), and what
    /// to do with it; or null. Such a file is rejected by name rather than by the first byte no text has, and an
    /// uncompressed PDF, all ASCII, would otherwise read as an article headed "%PDF-1.4".
    /// </summary>
    static string? OtherKind(ReadOnlySpan<byte> bytes)
    {
        foreach (var (opening, kind) in OtherKinds)
            if (bytes.StartsWith(opening)) return kind;
        return null;
    }

    static readonly (byte[] Opening, string Kind)[] OtherKinds =
    [
        ("%PDF-"u8.ToArray(), "a PDF document; turn it into text (pdftotext) to read it"),
        (WordDocument.ZipOpening.ToArray(), "a ZIP archive, as a Word (.docx), OpenDocument (.odt) or EPUB file is; save the article as text to read it"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an older Microsoft Office document (.doc); save the article as text to read it"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ("bplist00"u8.ToArray(), "a property list, as Safari's web archive (.webarchive) is; save the page as HTML or as text to read it"),
        ([0x1F, 0x8B], "a gzip-compressed file; uncompress it to read it"),
    ];

    /// <summary>
    /// UTF-16 without a byte order mark, little- or big-endian, or null: an even number of bytes, at least
    /// 16, and among the first 256 byte pairs at least half hold a NUL, every NUL the pair's second byte
    /// (little-endian) or every one its first, as Latin text has them; or, in other scripts, line breaks
    /// in one order only. Binary data has NULs in both places, or an odd length, or reads as control
    /// characters; a stray NUL in UTF-8 text is in too few pairs.
    /// </summary>
    static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % 2 != 0 || bytes.Length < 16) return null;
        var sample = bytes[..Math.Min(bytes.Length, 512)];
        int first = 0, second = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) first++;
            if (sample[i + 1] == 0) second++;
        }
        var pairs = sample.Length / 2;
        if (first == 0 && second * 2 >= pairs) return StrictUtf16;
        if (second == 0 && first * 2 >= pairs) return StrictUtf16BigEndian;
        // Other scripts put a NUL only beside their spaces, digits, punctuation and line breaks (CJK's U+4E00
        // "一" and U+3000, its space, put one on the other side). Their line breaks tell the order: 0A 00
        // little-endian, 00 0A big-endian (U+0A00 in the other order, which no script has). Taken when a
        // capture's several line breaks are all in one order, the NULs are nearly all on its side, and the
        // text then reads without a control character.
        int little = 0, big = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == '\n' && sample[i + 1] == 0) little++;
            if (sample[i] == 0 && sample[i + 1] == '\n') big++;
        }
        return little >= 2 && big == 0 && second >= 4 * first && ReadsAsText(sample, Encoding.Unicode) ? StrictUtf16
            : big >= 2 && little == 0 && first >= 4 * second && ReadsAsText(sample, Encoding.BigEndianUnicode) ? StrictUtf16BigEndian
            : null;

        static bool ReadsAsText(ReadOnlySpan<byte> sample, Encoding encoding) => IndexOfControl(encoding.GetString(sample)) < 0;
    }

    static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, Encoding encoding, int bom, out char[] chars, out int length, out string? error)
    {
        error = null;
        bytes = bytes[bom..];
        chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length / 2, 1));
        try
        {
            if (bytes.Length % 2 != 0) throw new DecoderFallbackException("odd length");
            length = encoding.GetChars(bytes, chars);
            if (chars.AsSpan(0, length).IndexOf('\0') is var nul and >= 0) error = $"not text: NUL character at offset {bom + 2 * nul}";
            else
            {
                length = Normalise(chars.AsSpan(0, length));
                return true;
            }
        }
        catch (DecoderFallbackException)
        {
            error = "not UTF-16 text: invalid or truncated sequence";
        }
        ArrayPool<char>.Shared.Return(chars);
        chars = [];
        length = 0;
        return false;
    }

    /// <summary>
    /// In place: removes <see cref="Invisible"/> characters and control characters, turns the Unicode line
    /// and paragraph separators (U+2028, U+2029, which some editors write for line breaks), form feeds
    /// (PDF-to-text page breaks) and vertical tabs into line feeds, no-break spaces between words into
    /// spaces (<see cref="Space"/>), and decodes HTML entities ("NATO&amp;#39;s") left by a tool that
    /// copied a page's source. Gives the new length.
    /// </summary>
    static int Normalise(Span<char> text)
    {
        var length = DropAndBreak(text);
        return HasEntity(text[..length]) ? DecodeEntities(text[..length]) : length;
    }

    // "&amp;", "&#39;", "&#x2019;", "&rsquo;": an ampersand, a name or a number, a semicolon.
    static bool HasEntity(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('&'); at >= 0; at = text.IndexOf('&'))
        {
            text = text[(at + 1)..];
            var end = text[..Math.Min(text.Length, 33)].IndexOf(';');
            if (end > 0 && (text[0] == '#' ? IsNumber(text[1..end]) : text[..end].IndexOfAnyExcept(AsciiLettersAndDigits) < 0 && char.IsAsciiLetter(text[0])))
                return true;
        }
        return false;

        static bool IsNumber(ReadOnlySpan<char> n) =>
            n.Length > 1 && (n[0] | 0x20) == 'x' ? n[1..].IndexOfAnyExcept(HexDigits) < 0 : !n.IsEmpty && n.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    static readonly SearchValues<char> AsciiLettersAndDigits = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

    // Decoding only shortens the text (every entity is longer than what it stands for), so it fits back.
    // A control character an entity spells ("&#0;", "&#27;") is dropped: a page could not show it either.
    static int DecodeEntities(Span<char> text)
    {
        var decoded = System.Net.WebUtility.HtmlDecode(new string(text));
        var length = 0;
        for (var i = 0; i < decoded.Length; i++)
        {
            var c = decoded[i];
            if (c is >= '\u0080' and <= '\u009F') c = FromC1Control(c); // "&#146;", as a browser reads it
            if (c is '\u00A0' or '\u202F') c = Space(c, length > 0 ? text[length - 1] : '\0', i + 1 < decoded.Length ? decoded[i + 1] : '\0');
            if (!IsStrayControl(c)) text[length++] = c;
        }
        return length;
    }

    /// <summary>
    /// What a no-break space (U+00A0, or the narrow U+202F) becomes. Web pages put them between words where
    /// the markup had "&amp;nbsp;" ("By&amp;nbsp;Jane Doe", "TOKYO&amp;nbsp;(Reuters)"), and every rule
    /// that reads a capture looks for a space there: such a one becomes a space. The one French
    /// typography sets inside « » and before : ; ? ! stays, so a line never opens with the closing mark.
    /// </summary>
    static char Space(char noBreak, char before, char after) =>
        before is '«' or '‹' || after is '»' or '›' or ':' or ';' or '?' or '!' ? noBreak : ' ';

    static int DropAndBreak(Span<char> text)
    {
        // Runs only for a text the byte scan flagged. Most of it is printable ASCII: jump over runs of it
        // and test each other character; line breaks and tabs stay as they are. Runs move down only once
        // something has been dropped. A range test, not a SearchValues set: its code is compiled ahead of
        // time, where a set's is left to the JIT and ran unoptimised through a start-up's whole scan.
        var kept = 0;
        var at = 0;
        while (true)
        {
            var run = text[at..].IndexOfAnyExceptInRange(' ', '~');
            if (run < 0) run = text.Length - at;
            if (kept != at) text.Slice(at, run).CopyTo(text[kept..]);
            kept += run;
            at += run;
            if (at == text.Length) return kept;
            var c = text[at++];
            if (c is '\n' or '\r' or '\t') text[kept++] = c;
            else if (c is '\u2028' or '\u2029' or '\f' or '\v') text[kept++] = '\n';
            else if (c is >= '\u0080' and <= '\u009F')
            {
                if (FromC1Control(c) is not '\0' and var character) text[kept++] = character;
            }
            else if (c is '\u00A0' or '\u202F')
            {
                // Worked out before the write: text[kept++] = … would move kept before reading text[kept - 1].
                var space = Space(c, kept > 0 ? text[kept - 1] : '\0', at < text.Length ? text[at] : '\0');
                text[kept++] = space;
            }
            else if (!Invisible.Contains(c) && !IsStrayControl(c)) text[kept++] = c;
        }
    }

    // A UTF-8 text once read as Windows-1252 (or Latin-1) and saved as UTF-8 again opens its first non-ASCII
    // character with what a lead byte reads as there, U+00C2 to U+00F4 ("â" of "â€™", "Ã" of "Ã©", "Â" of
    // "Â·"), which UTF-8 writes as C3 82 to C3 B4. Most texts' first one is something else ("’", "·", "—").
    static bool MayBeDoublyEncoded(ReadOnlySpan<byte> bytes)
    {
        var at = bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
        return at >= 0 && at + 1 < bytes.Length && bytes[at] == 0xC3 && bytes[at + 1] is >= 0x82 and <= 0xB4;
    }

    /// <summary>
    /// Undoes a UTF-8 text's having been read as Windows-1252 and saved as UTF-8 again ("NATOâ€™s", "ZÃ¼rich",
    /// "Â·1 min read"), in place, giving its new length; or -1 when it was not. It was when every character
    /// turns back into the byte it was read from (a Windows-1252 character into its byte, U+0080 to U+00FF
    /// into the same byte, as Latin-1 and browsers read the bytes Windows-1252 leaves out) and those bytes
    /// are UTF-8. A text with any other character, or whose bytes would not be UTF-8 ("é" alone), is left
    /// as it is: only a whole text so converted is mended, never a mix.
    /// </summary>
    static int Undo1252Reading(Span<char> text)
    {
        var bytes = ArrayPool<byte>.Shared.Rent(text.Length);
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c <= '\u00FF') bytes[i] = (byte)c;
                else if (Windows1252Bytes.TryGetValue(c, out var b)) bytes[i] = b;
                else return -1;
            }
            var read = bytes.AsSpan(0, text.Length);
            return Utf8.IsValid(read) ? Encoding.UTF8.GetChars(read, text) : -1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    // A C1 control (U+0080 to U+009F) in UTF-8 is C2 80 to C2 9F. The byte scan above does not look for
    // them: C2 also leads "·", "£" and "°", and 80 to 9F follow E2 in every curly quote and dash.
    static bool HasC1Control(ReadOnlySpan<byte> bytes)
    {
        for (var at = bytes.IndexOf((byte)0xC2); at >= 0 && at + 1 < bytes.Length; at = bytes.IndexOf((byte)0xC2))
        {
            if (bytes[at + 1] is >= 0x80 and <= 0x9F) return true;
            bytes = bytes[(at + 1)..];
        }
        return false;
    }

    /// <summary>
    /// What a C1 control character (U+0080 to U+009F) in a text stands for: the Windows-1252 character of
    /// that byte ("\u0092" is "’", "\u0096" "–", "\u0085" "…"), or '\0' for the five bytes Windows-1252
    /// leaves out. No page shows a C1 control: a text holding them was written in Windows-1252 and then
    /// converted as if it were Latin-1, and an HTML page's "&amp;#146;" means "’" (the HTML standard reads
    /// numeric references to them so, and so do browsers).
    /// </summary>
    static char FromC1Control(char c) => C1AsWindows1252[c - 0x80];

    static readonly char[] C1AsWindows1252 = BuildC1Table();

    static char[] BuildC1Table()
    {
        var bytes = new byte[32];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (byte)(0x80 + i);
        var chars = Windows1252.GetChars(bytes);
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is >= '\u0080' and <= '\u009F') chars[i] = '\0'; // not defined in Windows-1252
        return chars;
    }

    // The characters Windows-1252 puts at 80 to 9F ("€", "’", "—"), each to its byte.
    static readonly Dictionary<char, byte> Windows1252Bytes = BuildWindows1252Bytes();

    static Dictionary<char, byte> BuildWindows1252Bytes()
    {
        var bytes = new Dictionary<char, byte>();
        for (var i = 0; i < C1AsWindows1252.Length; i++)
            if (C1AsWindows1252[i] != '\0') bytes[C1AsWindows1252[i]] = (byte)(0x80 + i);
        return bytes;
    }

    /// <summary>How many of the bytes beyond ASCII form valid UTF-8 sequences, and how many do not.</summary>
    static (int Valid, int Invalid) Utf8Sequences(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        while (bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var at and >= 0)
        {
            bytes = bytes[at..];
            var status = Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            consumed = Math.Max(consumed, 1);
            if (status == OperationStatus.Done) valid += consumed;
            else invalid += consumed;
            bytes = bytes[consumed..];
        }
        return (valid, invalid);
    }

    static int IndexOfControl(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsStrayControl(text[i])) return i;
        return -1;
    }

    // A C0 or C1 control other than tab, line feed, form feed and carriage return, or one of the
    // noncharacters U+FFFE and U+FFFF: not text a page can show, nor one XML (the Atom feed) can hold.
    internal static bool IsStrayControl(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\f' or '\r') || c is '\uFFFE' or '\uFFFF';

    /// <summary>
    /// Splits on CRLF, LF or a lone CR and trims trailing spaces and tabs from each line. Lines are slices
    /// of <paramref name="text"/>: nothing is copied until a step keeps a value.
    /// </summary>
    public static List<ReadOnlyMemory<char>> Lines(string text) => Lines(text.AsMemory(), new List<ReadOnlyMemory<char>>(text.Length / 40 + 4));

    /// <summary>As <see cref="Lines(string)"/>, adding the lines to <paramref name="lines"/>.</summary>
    public static List<ReadOnlyMemory<char>> Lines(ReadOnlyMemory<char> text, List<ReadOnlyMemory<char>> lines)
    {
        var all = text.Span;
        var start = 0;
        while (start <= all.Length)
        {
            var rest = all[start..];
            var end = rest.IndexOfAny('\r', '\n');
            var length = end < 0 ? rest.Length : end;
            lines.Add(text.Slice(start, rest[..length].TrimEnd().Length));
            if (end < 0) break;
            start += end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }

    /// <summary>
    /// A capture sent on by e-mail quotes every line ("> TOKYO (Reuters) - …", ">" alone for a blank one),
    /// once or more: the quoting goes, so the capture reads as it was. A file with any line not quoted is
    /// left as it is: there a quote is the story's own.
    /// </summary>
    public static void Unquote(List<ReadOnlyMemory<char>> lines)
    {
        for (var level = 0; level < 8 && AllQuoted(lines); level++)
            for (var i = 0; i < lines.Count; i++)
            {
                var span = lines[i].Span;
                var at = span.IndexOf('>');
                if (at < 0) continue; // a blank line
                lines[i] = lines[i][(at + 1 + (at + 1 < span.Length && span[at + 1] == ' ' ? 1 : 0))..];
            }
    }

    /// <summary>
    /// A page dumped by a text browser (<c>lynx -dump</c>, <c>elinks -dump</c>) numbers each link where it stands ("By [6]Sakura
    /// Murakami", "* [2]News") and lists the addresses under "References" at the end. When a capture ends
    /// in such a list, the list goes and so do the numbers it lists. Each line keeps its width: what a
    /// number took is left as spaces at the line's end, so text the tool wrapped at a fixed width still
    /// reads as wrapped (<see cref="HardWrap"/>).
    /// </summary>
    public static void DropLinkNumbers(List<ReadOnlyMemory<char>> lines)
    {
        var last = lines.Count - 1;
        while (last >= 0 && lines[last].IsBlank()) last--;
        // Most captures end in prose or a teaser, and leave on their last line.
        if (last < 0 || ReferenceNumber(lines[last].Span.Trim()) < 0) return;
        var highest = 0;
        var heading = last;
        for (; heading >= 0; heading--)
        {
            var line = lines[heading].Span.Trim();
            if (line.IsEmpty || line.TrimEnd(':') is "Visible links" or "Hidden links") continue; // Lynx's, and ELinks's without colons
            if (ReferenceNumber(line) is not (>= 0 and var number)) break;
            highest = Math.Max(highest, number);
        }
        if (heading < 0 || !lines[heading].Span.Trim().SequenceEqual("References")) return;
        lines.RemoveRange(heading, lines.Count - heading);
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Span.Contains('[')) lines[i] = WithoutNumbers(lines[i].Span, highest);

        static ReadOnlyMemory<char> WithoutNumbers(ReadOnlySpan<char> line, int highest)
        {
            var kept = new char[line.Length];
            var length = 0;
            for (var at = 0; at < line.Length; at++)
            {
                if (line[at] == '[' && line[(at + 1)..].IndexOf(']') is var close and >= 1 and <= 4
                    && int.TryParse(line.Slice(at + 1, close), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= highest)
                {
                    at += close + 1;
                    continue;
                }
                kept[length++] = line[at];
            }
            // A line that was only a number is blank now, and empty as blank lines are.
            if (kept.AsSpan(0, length).IsWhiteSpace()) return ReadOnlyMemory<char>.Empty;
            kept.AsSpan(length).Fill(' ');
            return kept;
        }
    }

    // "12. https://www.reuters.com/…": an entry of a text browser's list of links, and its number; else -1.
    static int ReferenceNumber(ReadOnlySpan<char> line)
    {
        var dot = line.IndexOf(". ");
        if (dot is < 1 or > 5 || line[..dot].ContainsAnyExceptInRange('0', '9')) return -1;
        var address = line[(dot + 2)..];
        var colon = address.IndexOf(':');
        return colon >= 2 && !address.ContainsAny(' ', '\t') && int.TryParse(line[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
    }

    // Every line but blank ones opens with ">": most captures leave on their first line.
    static bool AllQuoted(List<ReadOnlyMemory<char>> lines)
    {
        var any = false;
        foreach (var line in lines)
        {
            var text = line.Span.TrimStart();
            if (text.IsEmpty) continue;
            if (text[0] != '>') return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// Trimmed lines joined with single spaces, copied once; with none where a line broke after a word's
    /// hyphen (<see cref="BreaksAfterHyphen"/>).
    /// </summary>
    public static string Join(ReadOnlySpan<ReadOnlyMemory<char>> lines)
    {
        if (lines.Length == 1) return lines[0].TrimmedString();
        var length = lines.Length - 1;
        for (var i = 0; i < lines.Length; i++)
        {
            var part = lines[i].Span.Trim();
            length += part.Length;
            if (i > 0 && BreaksAfterHyphen(lines[i - 1].Span.Trim(), part)) length--;
        }
        return string.Create(length, lines, static (destination, lines) =>
        {
            var at = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                var part = lines[i].Span.Trim();
                if (i > 0 && !BreaksAfterHyphen(lines[i - 1].Span.Trim(), part)) destination[at++] = ' ';
                part.CopyTo(destination[at..]);
                at += part.Length;
            }
        });
    }

    /// <summary>
    /// Whether a line that ends <paramref name="before"/> broke inside a hyphenated word that
    /// <paramref name="after"/> goes on with ("Indo-" / "Pacific"), as browsers break lines (and so PDFs printed
    /// from them, read with pdftotext): a letter, a hyphen, then a letter. A spaced dash ("Thursday -") or
    /// "--" is no word's hyphen, and no browser breaks before a digit ("mid-" / "2023" stays as written).
    /// </summary>
    public static bool BreaksAfterHyphen(ReadOnlySpan<char> before, ReadOnlySpan<char> after) =>
        before.Length >= 2 && before[^1] == '-' && char.IsLetter(before[^2]) && !after.IsEmpty && char.IsLetter(after[0]);

    /// <summary>The reason to reject a file with a line over <paramref name="max"/> characters, or null.</summary>
    public static string? TooLongLine(List<ReadOnlyMemory<char>> lines, int max)
    {
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Length > max)
                return $"line {i + 1} is {lines[i].Length:N0} characters long, over the {max:N0}-character limit (Seeds:MaxLineLength)";
        return null;
    }

    public static bool IsBlank(this ReadOnlyMemory<char> line) => line.Span.IsWhiteSpace();

    public static string TrimmedString(this ReadOnlyMemory<char> line) => line.Span.Trim().ToString();
}
