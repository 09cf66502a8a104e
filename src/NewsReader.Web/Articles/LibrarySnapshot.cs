using System.Collections.Frozen;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Search;

namespace NewsReader.Web.Articles;

/// <summary>
/// The whole library at one moment: articles in stable order, a slug index, every recommended story once,
/// and the ingestion report that produced it. Immutable and built once per ingestion, so a request that
/// takes it once sees one consistent library and pays for no index at request time.
/// </summary>
public sealed class LibrarySnapshot
{
    readonly FrozenDictionary<string, Article> _bySlug;
    // Plain dictionaries: a library has tens of thousands of stories, and freezing that many keys costs
    // start-up more than it would ever save on lookups.
    readonly Dictionary<string, Story> _storiesBySlug;
    readonly Dictionary<string, Story> _storiesByKey;
    readonly Lazy<LibraryIndex> _index;
    readonly Lazy<Article?[]> _fullArticles;
    readonly Lazy<(FrozenDictionary<string, Facet> Authors, FrozenDictionary<string, Facet> Agencies, FrozenDictionary<string, Facet> Places)> _facets;

    static long s_versions;

    public LibrarySnapshot(IReadOnlyList<Article> articles, IngestionReport report)
    {
        Version = Interlocked.Increment(ref s_versions);
        Articles = articles;
        Report = report;
        _bySlug = articles.ToFrozenDictionary(a => a.Slug, StringComparer.Ordinal);
        (var stories, _storiesByKey, _fullArticles) = BuildStories(articles);
        Stories = stories;
        _storiesBySlug = stories.ToDictionary(s => s.Slug, StringComparer.Ordinal);
        // Built on first use, like the index: no page a reader opens first needs them, and with 10,000 articles
        // they took 85-150 ms of the start-up (benchmarks/README.md).
        _facets = new(() => (
            Facet.Build(articles, a => a.Authors, "author").ToFrozenDictionary(StringComparer.Ordinal),
            Facet.Build(articles, a => a.Dateline?.Agency is { } agency ? [agency] : [], "agency").ToFrozenDictionary(StringComparer.Ordinal),
            Facet.Build(articles, a => a.Dateline?.Place is { } place ? [place] : [], "place", Dateline.PlaceName).ToFrozenDictionary(StringComparer.Ordinal)),
            LazyThreadSafetyMode.ExecutionAndPublication);
        _index = new Lazy<LibraryIndex>(() => new LibraryIndex(Articles, Stories), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Browsing by author, agency and dateline place, each keyed by slug.</summary>
    public FrozenDictionary<string, Facet> Authors => _facets.Value.Authors;
    public FrozenDictionary<string, Facet> Agencies => _facets.Value.Agencies;
    public FrozenDictionary<string, Facet> Places => _facets.Value.Places;

    /// <summary>The kinds of browse page, as their addresses name them: /authors, /agencies, /places.</summary>
    public static readonly IReadOnlyList<string> FacetKinds = ["authors", "agencies", "places"];

    /// <summary>The facets of one kind (<see cref="FacetKinds"/>), or null for any other word.</summary>
    public FrozenDictionary<string, Facet>? FacetsOf(string kind) => kind switch
    {
        "authors" => Authors,
        "agencies" => Agencies,
        "places" => Places,
        _ => null,
    };

    /// <summary>
    /// The browse pages a search's words name: an author, a news agency or a place whose slug the words'
    /// is ("sakura murakami", "Reuters", "\"Tokyo\""), each with its kind ("authors", "agencies", "places").
    /// </summary>
    public IReadOnlyList<(string Kind, Facet Facet)> FacetsNamed(string words)
    {
        words = words.Trim().Trim('"', '\u201C', '\u201D').Trim();
        if (words.Length is 0 or > 100) return [];
        var slug = NewsReader.Web.Articles.Slug.From(words, "none");
        var named = new List<(string, Facet)>();
        foreach (var kind in FacetKinds)
            if (FacetsOf(kind)!.TryGetValue(slug, out var facet)) named.Add((kind, facet));
        return named;
    }

    /// <summary>
    /// Search, relevance and similarity over this snapshot. Built on first use (the ingestion service warms
    /// it in the background, see Warm), so a large library does not delay start-up.
    /// </summary>
    public LibraryIndex Index => _index.Value;

    /// <summary>
    /// Builds now what the snapshot otherwise builds on first use: the browse pages' facets, each story's full
    /// article, then the search index. The ingestion service calls it in the background for the first library
    /// once the server is listening (so start-up does not wait for it), and before publishing any later one
    /// (so no request does).
    /// </summary>
    public void Warm()
    {
        _ = _facets.Value;
        _ = _fullArticles.Value;
        _ = _index.Value;
    }

    /// <summary>Whether <see cref="Warm"/> has nothing left to build (for tests).</summary>
    internal bool IsWarm => _facets.IsValueCreated && _fullArticles.IsValueCreated && _index.IsValueCreated;

    /// <summary>Unique per snapshot in this process: a cache key for anything rendered from it.</summary>
    public long Version { get; }

    public IReadOnlyList<Article> Articles { get; }
    public IngestionReport Report { get; }

    /// <summary>Every recommended story once, the most recommended first, then in order of first appearance.</summary>
    public IReadOnlyList<Story> Stories { get; }

    public Article? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public Story? FindStory(string slug) => _storiesBySlug.GetValueOrDefault(slug);

    /// <summary>The story a teaser belongs to; every teaser in the library has one.</summary>
    public Story StoryOf(Teaser teaser) => _storiesByKey[TitleKey.Of(teaser.Title)];

    public static LibrarySnapshot Empty { get; } = new([], IngestionReport.Empty(""));

    static (List<Story> Stories, Dictionary<string, Story> ByKey, Lazy<Article?[]> FullArticles) BuildStories(IReadOnlyList<Article> articles)
    {
        var byHeadline = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in articles) byHeadline.TryAdd(TitleKey.Of(a.Headline), a);

        // Teasers are grouped by title key. A scan holds each title text once (TextPool), so most teasers
        // repeat a string already seen: it is keyed once and found again by reference.
        var groups = new List<(string Key, Teaser First, List<Article> By)>();
        var groupByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupByTitle = new Dictionary<string, int>(ReferenceEqualityComparer.Instance);
        foreach (var article in articles)
        {
            foreach (var teaser in article.Recommended)
            {
                if (!groupByTitle.TryGetValue(teaser.Title, out var g))
                {
                    var key = TitleKey.Of(teaser.Title);
                    if (!groupByKey.TryGetValue(key, out g))
                    {
                        groupByKey[key] = g = groups.Count;
                        groups.Add((key, teaser, []));
                    }
                    groupByTitle[teaser.Title] = g;
                }
                var group = groups[g];
                if (group.First.Summary is null && teaser.Summary is not null)
                    groups[g] = group = group with { First = teaser };
                if (group.By.Count == 0 || !ReferenceEquals(group.By[^1], article)) group.By.Add(article); // articles come in order
            }
        }

        // The most recommended first, then in order of first appearance (a stable sort keeps that order).
        var ordered = groups.OrderByDescending(g => g.By.Count).ToList();
        // Exact headline matches first; the fuzzy search for the rest is independent per title, so parallel.
        // It is most of the cost of a snapshot (about 200 of 300 ms for 10,000 articles), and the library
        // page needs none of it, so it runs on first use, warmed in the background with the index.
        var full = new Lazy<Article?[]>(() =>
        {
            var found = ordered.Select(g => byHeadline.GetValueOrDefault(g.Key)).ToArray();
            var fuzzy = new FuzzyHeadlines(articles);
            Parallel.For(0, found.Length, i => found[i] ??= fuzzy.Find(ordered[i].First.Title));
            return found;
        }, LazyThreadSafetyMode.ExecutionAndPublication);

        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var stories = new List<Story>(ordered.Count);
        var byKey = new Dictionary<string, Story>(ordered.Count, StringComparer.Ordinal);
        for (var i = 0; i < ordered.Count; i++)
        {
            var (key, first, by) = ordered[i];
            var story = new Story(Slug.Unique(first.Title, slugs, "story"), first.Title, first.Summary, first.Truncated, by, full, i);
            stories.Add(story);
            byKey[key] = story;
        }
        return (stories, byKey, full);
    }

    /// <summary>
    /// Fuzzy title matching at library scale: headline trigrams are computed once, and a title is compared
    /// only with the few headlines that share its two rarest words (and whose length allows a match).
    /// </summary>
    sealed class FuzzyHeadlines
    {
        const int MaxCandidates = 64;
        readonly IReadOnlyList<Article> _articles;
        readonly long[]?[] _trigrams;
        readonly int[] _keyLengths;
        readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);

        public FuzzyHeadlines(IReadOnlyList<Article> articles)
        {
            _articles = articles;
            _trigrams = new long[]?[articles.Count];
            _keyLengths = new int[articles.Count];
            for (var i = 0; i < articles.Count; i++)
            {
                var key = HeadlineMatch.FuzzyKey(articles[i].Headline);
                _keyLengths[i] = key.Length;
                foreach (var word in Words(key))
                {
                    if (!_byWord.TryGetValue(word, out var list)) _byWord[word] = list = [];
                    if (list.Count == 0 || list[^1] != i) list.Add(i);
                }
            }
        }

        public Article? Find(string title)
        {
            var key = HeadlineMatch.FuzzyKey(title);
            var lists = Words(key).Select(w => _byWord.GetValueOrDefault(w)).OfType<List<int>>().OrderBy(l => l.Count).Take(2).ToList();
            if (lists.Count == 0) return null;
            long[]? titleGrams = null;
            Article? best = null;
            var bestScore = HeadlineMatch.Threshold;
            foreach (var i in Candidates(lists))
            {
                // A key of n characters has n + 1 trigrams: when one key is much longer than the other, even
                // sharing all of the shorter one's trigrams cannot reach the best score so far.
                if (HeadlineMatch.MaxDice(key.Length + 1, _keyLengths[i] + 1) < bestScore) continue;
                titleGrams ??= HeadlineMatch.Trigrams(key);
                var headlineGrams = _trigrams[i] ??= HeadlineMatch.Trigrams(HeadlineMatch.FuzzyKey(_articles[i].Headline));
                var score = HeadlineMatch.Dice(titleGrams, headlineGrams, floor: bestScore);
                if (score >= bestScore && !HeadlineMatch.NamesDiffer(title, _articles[i].Headline)) (best, bestScore) = (_articles[i], score);
            }
            return best;
        }

        // The rarest list alone when it is short, else its intersection with the next rarest: both lists are
        // in ascending order, so a merge walk finds the common entries without allocating.
        static IEnumerable<int> Candidates(List<List<int>> lists)
        {
            if (lists.Count == 1 || lists[0].Count <= MaxCandidates)
            {
                foreach (var i in lists[0].Take(MaxCandidates)) yield return i;
                yield break;
            }
            var (a, b) = (lists[0], lists[1]);
            int x = 0, y = 0, found = 0;
            while (x < a.Count && y < b.Count && found < MaxCandidates)
            {
                if (a[x] < b[y]) x++;
                else if (a[x] > b[y]) y++;
                else { yield return a[x]; found++; x++; y++; }
            }
        }

        static IEnumerable<string> Words(string key) =>
            key.Split(' ').Where(w => w.Length >= 3 && !TextAnalyzer.IsStopWord(w)).Distinct();
    }
}
