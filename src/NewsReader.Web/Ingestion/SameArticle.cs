using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// One article captured more than once: by other people or tools, with other line endings, dashes, quotes,
/// wrapping or parts. The library shows it once, from its fullest capture, and the ingestion report says
/// which files are the same article. Two captures are one article when their headlines have one
/// <see cref="TitleKey"/> and the first letters and digits of their stories agree: a headline alone is not
/// enough, as two different stories can share one ("Stocks rally").
/// </summary>
static class SameArticle
{
    // Enough of the story to tell two stories apart, short enough that a capture which lost or gained a
    // paragraph near the end is still the same article.
    const int StoryLength = 300;

    /// <summary>
    /// Equal keys are one article: hashes of the headline's key and of the story's start (8 bytes a file; two
    /// different articles agree on both by chance once in 2^64 pairs, on the story alone under one headline
    /// once in 2^32).
    /// </summary>
    public readonly record struct Key(int Headline, int Story);

    /// <summary>The capture's key, worked out once when its file is read (on the loader's parallel reads).</summary>
    public static Key KeyOf(Article article)
    {
        var headline = TitleKey.Of(article.Headline);
        Span<char> start = stackalloc char[StoryLength];
        var length = StoryStart(article, start);
        return new Key(string.GetHashCode(headline), string.GetHashCode(start[..length]));
    }

    // The story's first letters and digits, in lower case: quotes, dashes, spacing and wrapping do not count.
    static int StoryStart(Article article, Span<char> start)
    {
        var taken = 0;
        foreach (var paragraph in article.Paragraphs)
            foreach (var c in paragraph)
            {
                // ASCII first: a letter's lower case is one bit away, and a digit has that bit already.
                if (char.IsAscii(c) ? !char.IsAsciiLetterOrDigit(c) : !char.IsLetterOrDigit(c)) continue;
                start[taken++] = char.IsAscii(c) ? (char)(c | 0x20) : char.ToLowerInvariant(c);
                if (taken == start.Length) return taken;
            }
        return taken;
    }

    /// <summary>
    /// Whether <paramref name="capture"/> is a fuller capture of the article than <paramref name="than"/>:
    /// more of the story's text (letters and digits, so quotes and spacing do not count), then more recommended
    /// stories, then more of the header's parts. Equal captures keep the first file's.
    /// </summary>
    public static bool IsFuller(Article capture, Article than) =>
        (StoryLetters(capture), capture.Recommended.Count, Parts(capture)).CompareTo((StoryLetters(than), than.Recommended.Count, Parts(than))) > 0;

    static int StoryLetters(Article article)
    {
        var count = 0;
        foreach (var paragraph in article.Paragraphs)
            foreach (var c in paragraph)
                if (char.IsLetterOrDigit(c)) count++;
        return count;
    }

    static int Parts(Article a) =>
        (a.ImageCaption is null ? 0 : 1) + (a.Authors.Count == 0 ? 0 : 1) + (a.Byline is null ? 0 : 1) + (a.ReadTimeMinutes is null ? 0 : 1)
        + (a.Dateline is null ? 0 : 1) + (a.Credits is null ? 0 : 1) + (a.Published is null ? 0 : 1) + (a.Url is null ? 0 : 1);
}
