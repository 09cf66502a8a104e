using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// One article captured more than once: by other people or tools, with other line endings, dashes, quotes,
/// wrapping or parts. The library shows it once, from its fullest capture, and the ingestion report says
/// which files are the same article. Two captures are one article when the letters and digits of their
/// headlines agree, case and Latin accents aside, and so do the first 300 of their stories: a headline alone
/// is not enough, as two different stories can share one ("Stocks rally").
/// </summary>
static class SameArticle
{
    // Enough of the story to tell two stories apart, short enough that a capture which lost or gained a
    // paragraph near the end is still the same article.
    const int StoryLength = 300;

    /// <summary>
    /// The capture's key, worked out once when its file is read (on the loader's parallel reads): equal keys
    /// are one article. 64-bit hashes of the headline's letters and digits and of the story's first ones, in
    /// lower case, mixed: 8 bytes a file; two different articles share one by chance about once in 2^64 pairs.
    /// </summary>
    public static long KeyOf(Article article)
    {
        var taken = 0;
        var headline = Hash(article.Headline, Offset, ref taken, int.MaxValue);
        taken = 0;
        var story = Offset;
        var paragraphs = article.Paragraphs;
        for (var p = 0; p < paragraphs.Count && taken < StoryLength; p++) story = Hash(paragraphs[p], story, ref taken, StoryLength);
        return (long)(story ^ headline * 0x9E3779B97F4A7C15UL);
    }

    const ulong Offset = 14695981039346656037UL;

    // U+00C0 to U+017F (Latin-1's letters and Latin Extended-A) as the lower-case base letter; a letter with
    // none ("æ", "ß", "þ", "œ") as itself in lower case, and the two signs among them ("×", "÷") as themselves.
    // A string rather than the runtime's normalisation: that would load ICU on the start-up path.
    const string Folded =
        "aaaaaaæceeeeiiiidnooooo×ouuuuyþß" + "aaaaaaæceeeeiiiidnooooo÷ouuuuyþy"
        + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiĳĳjjkkĸllllllllllnnnnnnŉŋŋooooooœœrrrrrrsssssssstttttt"
        + "uuuuuuuuuuuuwwyyyzzzzzzs";

    // FNV-1a over the text's letters and digits in lower case, up to `limit` of them: quotes, dashes, spacing
    // and wrapping do not count. Plain arithmetic a character at a time: at start-up this runs for every file
    // before the runtime's own helpers are compiled in full, and calling them for each character
    // (char.IsLetterOrDigit, char.ToLowerInvariant, TitleKey) cost 10,000 files about a quarter of a second.
    static ulong Hash(string text, ulong hash, ref int taken, int limit)
    {
        foreach (var c in text)
        {
            char lower;
            if (c < 0x80)
            {
                var letter = (char)(c | 0x20);
                if ((uint)(letter - 'a') <= 'z' - 'a') lower = letter;
                else if ((uint)(c - '0') <= 9) lower = c;
                else continue;
            }
            // Latin letters with accents as their base letter ("É" as "e"): a capture that lost its accents,
            // or a tool that wrote them as plain letters, is the same article.
            else if (c is >= '\u00C0' and <= '\u017F')
            {
                lower = Folded[c - 0xC0];
                if (lower is '×' or '÷') continue;
            }
            else if (char.IsLetterOrDigit(c)) lower = char.ToLowerInvariant(c);
            else continue;
            hash = (hash ^ lower) * 1099511628211UL;
            if (++taken == limit) break;
        }
        return hash;
    }

    /// <summary>
    /// Whether <paramref name="capture"/> is a fuller capture of the article than <paramref name="than"/>:
    /// more of the story's text (letters and digits, so quotes and spacing do not count), then more recommended
    /// stories, then more of the header's parts. Equal captures keep the first file's.
    /// </summary>
    public static bool IsFuller(Article capture, Article than) => Rank(capture, 0).CompareTo(Rank(than, 0)) > 0;

    /// <summary>
    /// Which of three captures or more of one article to show: the one with more of the story, then the one
    /// whose recommended stories the other captures agree with most (each of its titles counts once for every
    /// other capture that has it), then as <see cref="IsFuller"/>. A capture that read its teasers badly (a
    /// PDF's text, where a summary's lines can read as titles) has more of them, but others do not share
    /// them. Two captures cannot outvote each other: there the count decides. Equal captures keep the first.
    /// </summary>
    public static int Fullest(IReadOnlyList<Article> captures)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var capture in captures)
            foreach (var title in Titles(capture)) votes[title] = votes.GetValueOrDefault(title) + 1;
        var best = 0;
        var bestRank = Rank(captures[0], Agreement(captures[0]));
        for (var i = 1; i < captures.Count; i++)
            if (Rank(captures[i], Agreement(captures[i])) is var rank && rank.CompareTo(bestRank) > 0) (best, bestRank) = (i, rank);
        return best;

        int Agreement(Article capture)
        {
            var sum = 0;
            foreach (var title in Titles(capture)) sum += votes[title] - 1;
            return sum;
        }

        static HashSet<string> Titles(Article capture) => [.. capture.Recommended.Select(t => t.Title)];
    }

    // What makes one capture fuller than another, in order: the story's letters, how far the other captures
    // agree with its teasers (none to weigh for a pair), how many teasers, how many of the header's parts.
    static (int Story, int Agreement, int Teasers, int Parts) Rank(Article capture, int agreement) =>
        (StoryLetters(capture), agreement, capture.Recommended.Count, Parts(capture));

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
