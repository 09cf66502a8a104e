using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace NewsReader.Web.Web;

/// <summary>The request headers the rendered-response cache answers by, read as RFC 9110 writes them.</summary>
internal static class RequestHeaders
{
    // Each coding's weight from 0 to 1: its own, else that of "*", else 0 ("identity": else -1, so it
    // never outranks a coding the client did not rank below it). "x-gzip" is gzip (RFC 9110 §8.4.1.3).
    public static (double Br, double Gzip, double Identity) EncodingWeights(StringValues header)
    {
        double br = -1, gzip = -1, identity = -1, any = -1;
        foreach (var value in header)
        {
            if (value is null) continue;
            var span = value.AsSpan();
            foreach (var range in span.Split(','))
            {
                var item = span[range].Trim();
                var semicolon = item.IndexOf(';');
                var name = (semicolon < 0 ? item : item[..semicolon]).Trim();
                var weight = semicolon < 0 ? 1 : Quality(item[(semicolon + 1)..]);
                if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) br = weight;
                else if (name.Equals("gzip", StringComparison.OrdinalIgnoreCase) || name.Equals("x-gzip", StringComparison.OrdinalIgnoreCase)) gzip = weight;
                else if (name.Equals("identity", StringComparison.OrdinalIgnoreCase)) identity = weight;
                else if (name.SequenceEqual("*")) any = weight;
            }
        }
        var otherwise = Math.Max(any, 0);
        return (br < 0 ? otherwise : br, gzip < 0 ? otherwise : gzip, identity);
    }

    // "q=0.5", " q = 0.000": the weight, 1 when none is given (or it cannot be read), within 0–1.
    static double Quality(ReadOnlySpan<char> parameters)
    {
        foreach (var range in parameters.Split(';'))
        {
            var p = parameters[range].Trim();
            var eq = p.IndexOf('=');
            if (eq > 0 && p[..eq].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                && double.TryParse(p[(eq + 1)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var q))
                return Math.Clamp(q, 0, 1);
        }
        return 1;
    }

    // If-None-Match lists our tag: "*", or any tag equal to ours whatever its encoding suffix or weak prefix.
    public static bool ListsETag(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch)) return false;
        var core = etag.AsSpan(1, etag.Length - 2);
        foreach (var value in ifNoneMatch)
        {
            if (value is null) continue;
            var span = value.AsSpan();
            foreach (var range in span.Split(','))
            {
                var tag = span[range].Trim();
                if (tag.SequenceEqual("*")) return true;
                if (tag.StartsWith("W/")) tag = tag[2..];
                tag = tag.Trim('"');
                if (tag.EndsWith("-br") || tag.EndsWith("-gz")) tag = tag[..^3];
                if (tag.SequenceEqual(core)) return true;
            }
        }
        return false;
    }
}
