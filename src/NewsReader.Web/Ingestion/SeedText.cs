using System.Buffers;
using System.Text.Unicode;

namespace NewsReader.Web.Ingestion;

/// <summary>Turns a seed file's bytes into lines: strict UTF-8 (BOM optional), any line ending, trailing whitespace gone.</summary>
public static class SeedText
{
    /// <summary>Decodes <paramref name="bytes"/>, or returns the reason it is not UTF-8 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? error)
    {
        error = null;
        var bom = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        bytes = bytes[bom..];
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            error = $"not UTF-8 text: NUL byte at offset {bom + nul}";
            return null;
        }
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            error = $"not UTF-8 text: invalid byte sequence at offset {bom + read}";
            return null;
        }
        return new string(chars, 0, written);
    }

    /// <summary>Splits on CRLF, LF or a lone CR and trims trailing spaces and tabs from each line.</summary>
    public static List<string> Lines(string text)
    {
        var lines = new List<string>();
        foreach (var line in text.AsSpan().EnumerateLines())
            lines.Add(line.TrimEnd().ToString());
        return lines;
    }
}
