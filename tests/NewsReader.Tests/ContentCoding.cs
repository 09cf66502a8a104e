using System.IO.Compression;

namespace NewsReader.Tests;

/// <summary>A response body as its <c>Content-Encoding</c> left it, decoded: Brotli, gzip, or none.</summary>
static class ContentCoding
{
    public static byte[] Decode(byte[] body, string? coding)
    {
        if (coding is null) return body;
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
