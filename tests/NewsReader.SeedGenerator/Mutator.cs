using System.Text;

namespace NewsReader.SeedGenerator;

/// <summary>
/// Deterministic mutations of a capture, for fuzzing the parsers: flipped, inserted, deleted, duplicated and
/// truncated bytes, plus the tokens the format cares about (line endings, bullets, dashes, parentheses,
/// "Recommended Stories", front matter fences, a BOM, NUL, invalid and overlong UTF-8).
/// </summary>
public static class Mutator
{
    static readonly byte[][] Tokens =
    [
        "\n"u8.ToArray(), "\r\n"u8.ToArray(), "\r"u8.ToArray(), "\n\n"u8.ToArray(), "  • "u8.ToArray(), "· "u8.ToArray(),
        " - "u8.ToArray(), " — "u8.ToArray(), "("u8.ToArray(), ")"u8.ToArray(), "By "u8.ToArray(), "·1 min read"u8.ToArray(),
        "Recommended Stories"u8.ToArray(), "---\n"u8.ToArray(), "TOKYO (Reuters) - "u8.ToArray(), "\t"u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0], [0xFF], [0xC0, 0xAF], [0xE2, 0x80], [0xF4, 0x90, 0x80, 0x80], "<script>"u8.ToArray(),
        Encoding.UTF8.GetBytes(new string('-', 300)),
    ];

    public static byte[] Mutate(byte[] input, Random random, int rounds = 3)
    {
        var data = new List<byte>(input);
        for (var round = 0; round < 1 + random.Next(rounds); round++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0 when data.Count > 0: data[at] = (byte)random.Next(256); break;
                case 1: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
                case 2 when data.Count > 0: data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(200))); break;
                case 3 when data.Count > 0:
                    var length = Math.Min(data.Count - at, 1 + random.Next(400));
                    data.InsertRange(random.Next(data.Count), data.GetRange(at, length));
                    break;
                case 4 when data.Count > 0: data.RemoveRange(at, data.Count - at); break;
                case 5: data.InsertRange(at, Enumerable.Range(0, 1 + random.Next(16)).Select(_ => (byte)random.Next(256))); break;
                default: data.InsertRange(at, Tokens[random.Next(Tokens.Length)]); break;
            }
        }
        return [.. data];
    }
}
