using System.Collections.Concurrent;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Search;

/// <summary>
/// An in-memory index over one library snapshot: every article and every recommended story is a document.
/// It answers BM25F searches (phrases included), ranks an article's teasers by TF-IDF cosine, and finds
/// the articles most like a given one. Built once per snapshot, read-only afterwards, safe to share.
/// </summary>
public sealed partial class LibraryIndex
{
    // BM25 parameters and field weights: a headline or title counts three times a body word.
    const float K1 = 1.2f, B = 0.75f;
    static readonly float[] SearchWeights = [3f, 1.5f, 2f, 1f]; // title, caption, authors, body/summary
    const int Fields = 4;

    /// <summary>Teasers at or above this cosine are "Related". Chosen on the seed and the tests' cases.</summary>
    public const double RelatedThreshold = 0.06;

    readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    readonly List<string> _terms = [];
    readonly List<bool> _stop = [];
    readonly List<List<Posting>> _building = [];
    Posting[][] _postings = [];
    readonly Doc[] _docs;
    readonly int _articleCount; // the first documents are the articles, the stories follow
    readonly double[] _idf;
    // By reference: records hash every field, and a story's hash took its full article's with it (a third
    // of a 10,000-article index build went to hashing). Lookups pass the snapshot's own instances.
    readonly Dictionary<Story, int> _storyDoc = new(ReferenceEqualityComparer.Instance);
    readonly Dictionary<Article, int> _articleDoc = new(ReferenceEqualityComparer.Instance);
    readonly ConcurrentDictionary<int, IReadOnlyList<Article>> _similar = new();

    readonly record struct Posting(int Doc, float Weight);

    sealed class Doc(Article? article, Story? story, int[][] fields)
    {
        public Article? Article { get; } = article;
        public Story? Story { get; } = story;
        public int[][] Fields { get; } = fields; // term ids per field, stop words included, in text order
    }

    public LibraryIndex(IReadOnlyList<Article> articles, IReadOnlyList<Story> stories)
    {
        var docs = new List<Doc>(articles.Count + stories.Count);
        _articleCount = articles.Count;
        var ids = new List<int>();
        foreach (var a in articles)
        {
            _articleDoc[a] = docs.Count;
            // Authors and paragraphs are read one by one: no word runs across the joins, so their words in
            // turn are the words of the joined field, without building it.
            docs.Add(new Doc(a, null, [Ids(ids, a.Headline), Ids(ids, a.ImageCaption), Ids(ids, a.Authors), Ids(ids, a.Standfirst is { } s ? [s, .. a.Paragraphs] : a.Paragraphs)]));
        }
        foreach (var s in stories)
        {
            _storyDoc[s] = docs.Count;
            docs.Add(new Doc(null, s, [Ids(ids, s.Title), [], [], Ids(ids, s.Summary)]));
        }
        _docs = [.. docs];
        _idf = new double[_terms.Count];
        BuildPostings();
    }

    int[] Ids(List<int> ids, string? text)
    {
        ids.Clear();
        if (text is not null) AddIds(ids, text);
        return [.. ids];
    }

    int[] Ids(List<int> ids, IReadOnlyList<string> texts)
    {
        ids.Clear();
        foreach (var text in texts) AddIds(ids, text);
        return [.. ids];
    }

    // The term ids of the words of the text, in order; a term is a new string only the first time it is met.
    void AddIds(List<int> ids, string text)
    {
        Span<char> scratch = stackalloc char[64];
        var vocabulary = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in TextAnalyzer.Words(text, scratch))
        {
            if (!vocabulary.TryGetValue(word.Term, out var id))
                id = Add(word.Term.ToString(), stop: word.IsStopWord || word.Term.Length < 2);
            ids.Add(id);
        }
    }

    int IdOf(string term) => _vocabulary.GetValueOrDefault(term, -1);

    int Add(string term, bool stop)
    {
        var id = _terms.Count;
        _vocabulary[term] = id;
        _terms.Add(term);
        _stop.Add(stop);
        _building.Add([]);
        return id;
    }

    void BuildPostings()
    {
        var average = new double[Fields];
        for (var f = 0; f < Fields; f++)
        {
            var withField = _docs.Where(d => d.Fields[f].Length > 0).ToList();
            average[f] = withField.Count == 0 ? 1 : withField.Average(d => d.Fields[f].Length);
        }

        var tf = new Dictionary<int, double>();
        for (var d = 0; d < _docs.Length; d++)
        {
            tf.Clear();
            for (var f = 0; f < Fields; f++)
            {
                var field = _docs[d].Fields[f];
                if (field.Length == 0) continue;
                // BM25F: each field's term count, length-normalised and weighted, summed into one pseudo-frequency.
                var norm = SearchWeights[f] / (1 - B + B * field.Length / average[f]);
                foreach (var id in field)
                    if (!_stop[id]) tf[id] = tf.GetValueOrDefault(id) + norm;
            }
            foreach (var (id, t) in tf)
                _building[id].Add(new Posting(d, (float)(t * (K1 + 1) / (t + K1))));
        }
        _postings = [.. _building.Select(p => p.ToArray())];
        _building.Clear();

        var n = _docs.Length;
        for (var id = 0; id < _terms.Count; id++)
        {
            var df = _postings[id].Length;
            _idf[id] = df == 0 ? 0 : Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        }
    }

    /// <summary>
    /// The TF-IDF vector used for cosine relevance, computed when asked (only the article on screen and its
    /// teasers ever need one): an article's headline counts three times, a teaser's title twice.
    /// </summary>
    (Dictionary<int, double> Vector, double Norm) VectorOf(Doc doc)
    {
        var weights = doc.Article is not null ? ArticleVectorWeights : StoryVectorWeights;
        var vector = new Dictionary<int, double>();
        for (var f = 0; f < Fields; f++)
        {
            if (weights[f] == 0) continue;
            foreach (var id in doc.Fields[f])
                if (!_stop[id]) vector[id] = vector.GetValueOrDefault(id) + weights[f];
        }
        var n = (double)_docs.Length;
        var norm = 0.0;
        foreach (var id in vector.Keys)
        {
            var w = (1 + Math.Log(vector[id])) * Math.Log(n / _postings[id].Length);
            vector[id] = w;
            norm += w * w;
        }
        return (vector, Math.Sqrt(norm));
    }

    static readonly double[] ArticleVectorWeights = [3, 1, 0, 1];
    static readonly double[] StoryVectorWeights = [2, 0, 0, 1];
}
