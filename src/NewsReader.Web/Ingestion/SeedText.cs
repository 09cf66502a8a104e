using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsReader.Web.Ingestion;

/// <summary>Turns a seed file's bytes into lines: strict UTF-8 (BOM optional), any line ending, trailing whitespace gone.</summary>
public static class SeedText
{
    static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns the reason it is not UTF-8 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        if (Validate(ref bytes, out error) is not { } bom) return null;
        // One pass that throws on a bad sequence; the offset is only worked out then (bad files are rare).
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException) { }
        Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        error = InvalidAt(bom + read);
        return null;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/> into <paramref name="chars"/>, a buffer rented from the shared
    /// <see cref="ArrayPool{T}"/> that the caller returns (nothing is kept of it), or gives the reason
    /// it is not UTF-8 text. One pass that validates as it decodes, and no string for the whole text.
    /// </summary>
    public static bool TryDecodeRented(ReadOnlySpan<byte> bytes, out char[] chars, out int length, out string? error)
    {
        chars = [];
        length = 0;
        if (Validate(ref bytes, out error) is not { } bom) return false;
        chars = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        if (Utf8.ToUtf16(bytes, chars, out var read, out length, replaceInvalidSequences: false) == OperationStatus.Done) return true;
        ArrayPool<char>.Shared.Return(chars);
        chars = [];
        length = 0;
        error = InvalidAt(bom + read);
        return false;
    }

    // Drops a BOM and rejects a NUL byte (binary files); gives the BOM's length, or null with the reason.
    static int? Validate(ref ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        bytes = bytes[bom..];
        var nul = bytes.IndexOf((byte)0);
        if (nul < 0) return bom;
        error = $"not UTF-8 text: NUL byte at offset {bom + nul}";
        return null;
    }

    static string InvalidAt(int offset) => $"not UTF-8 text: invalid byte sequence at offset {offset}";

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
