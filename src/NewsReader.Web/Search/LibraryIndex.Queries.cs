using System.Buffers;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Search;

public sealed partial class LibraryIndex
{
    const int SnippetLength = 240;

    /// <summary>
    /// BM25F over every article and story. Words may match anywhere (more matched words rank higher);
    /// every "quoted phrase" must appear as written, in one field. An empty query finds nothing.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string? query, int limit = 20) => Search(query, 0, limit).Hits;

    /// <summary>
    /// One page of a search: the hits ranked <paramref name="skip"/> + 1 to <paramref name="skip"/> +
    /// <paramref name="take"/>, and how many documents match in all. Only the page's hits get snippets.
    /// </summary>
    public SearchResults Search(string? query, int skip, int take)
    {
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || take <= 0 || skip < 0) return SearchResults.None;

        var termIds = parsed.Terms.Select(t => IdOf(t)).Distinct().ToArray();
        var phrases = parsed.Phrases.Select(p => p.Select(t => IdOf(t)).ToArray()).ToList();
        if (phrases.Any(p => p.Contains(-1))) return SearchResults.None; // a phrase word the library never uses
        var known = termIds.Where(id => id >= 0 && !_stop[id]).ToArray();
        if (known.Length == 0) return SearchResults.None;
        // A document holding every phrase holds each of their known words: fewer matched words rule it out
        // before its text is read.
        var phraseWords = known.Count(id => phrases.Any(p => p.Contains(id)));

        var keep = (int)Math.Min((long)skip + take, _docs.Length);
        var ranked = new List<(int Doc, double Score)>(Math.Min(keep, 1024));
        var total = 0;
        using (var tally = new Tally(_docs.Length))
        {
            foreach (var id in known)
            {
                var idf = _idf[id];
                foreach (var p in _postings[id]) tally.Add(p.Doc, idf * p.Weight);
            }
            if (phrases.Count == 0 && skip >= tally.Met.Length) return new SearchResults(tally.Met.Length, []); // a page past the end

            // Keep the best `keep` in a min-heap instead of sorting every match. Once it is full, a document
            // that does not beat the weakest kept one (lower score, or the same score and a later document) is
            // passed over with one comparison; most of a common word's thousands are. Every match is counted,
            // so a query with phrases reads each candidate's text.
            var best = new PriorityQueue<int, (double Score, int NegDoc)>(Math.Min(keep, 1024) + 1);
            foreach (var d in tally.Met)
            {
                if (phrases.Count > 0 && (tally.Matches[d] < phraseWords || !ContainsPhrases(_docs[d], phrases))) continue;
                total++;
                var priority = (tally.Scores[d] * tally.Matches[d] / known.Length, -d);
                if (best.Count == keep && best.TryPeek(out _, out var weakest) && priority.CompareTo(weakest) <= 0) continue;
                best.Enqueue(d, priority);
                if (best.Count > keep) best.Dequeue();
            }
            while (best.TryDequeue(out var doc, out var priority)) ranked.Add((doc, priority.Score));
            ranked.Reverse();
        }
        if (skip >= ranked.Count) return new SearchResults(total, []);

        var marks = new HashSet<string>(parsed.Terms.Where(t => !TextAnalyzer.IsStopWord(t)), StringComparer.Ordinal);
        // A word the library never uses is in no paragraph: probing for it would only keep every hit reading
        // to its last paragraph for a match it cannot find (a mistyped word, a number).
        var probes = parsed.Words.Where(w => w.Length > 2 && !TextAnalyzer.IsStopWord(w) && TextAnalyzer.Terms(w).Any(t => IdOf(t) >= 0)).ToArray();
        return new SearchResults(total, [.. ranked.Skip(skip).Select(r => Hit(_docs[r.Doc], Math.Round(r.Score, 4), marks, probes))]);
    }

    // A method of its own: a lambda in the loop above would capture its document, and C# allocates the
    // capture on entering every iteration, phrases or not (180 KB a query for two common words).
    static bool ContainsPhrases(Doc doc, List<int[]> phrases)
    {
        foreach (var phrase in phrases)
            if (!ContainsPhrase(doc, phrase)) return false;
        return true;
    }

    static bool ContainsPhrase(Doc doc, int[] phrase)
    {
        foreach (var field in doc.Fields)
            if (field.AsSpan().IndexOf(phrase) >= 0) return true;
        return false;
    }

    static SearchHit Hit(Doc doc, double score, HashSet<string> marks, string[] probes)
    {
        if (doc.Article is { } a)
        {
            // The paragraph (or caption) containing most of the query's words, else the opening. A substring
            // probe picks it cheaply; only the chosen text is tokenised for highlighting. Only a text holding
            // more of the words replaces the one chosen, so the first holding them all is the one, and the
            // probing stops there (most often at the opening paragraph).
            string? text = null;
            var most = 0;
            var paragraphs = a.Paragraphs;
            for (var i = 0; i < paragraphs.Count; i++)
                if (Consider(paragraphs[i])) break;
            if (a.Standfirst is not null && most < probes.Length) Consider(a.Standfirst);
            if (a.ImageCaption is not null && most < probes.Length) Consider(a.ImageCaption);
            var (snippet, highlights) = Snippet(text ?? a.Paragraphs[a.Lede], marks);
            return new SearchHit(SearchHit.ArticleKind, a.Slug, a.Headline, score, snippet, highlights);

            bool Consider(string candidate)
            {
                var count = 0;
                foreach (var probe in probes)
                    if (candidate.Contains(probe, StringComparison.OrdinalIgnoreCase)) count++;
                if (count > most) (text, most) = (candidate, count);
                return most == probes.Length;
            }
        }
        var s = doc.Story!;
        // A story without a summary matched on its title: no snippet, rather than the title a second time.
        var (storySnippet, storyHighlights) = s.Summary is null ? ("", []) : Snippet(s.Summary, marks);
        return new SearchHit(SearchHit.StoryKind, s.Slug, s.Title, score, storySnippet, storyHighlights);
    }

    /// <summary>About <see cref="SnippetLength"/> characters around the first match, cut at words, matches marked.</summary>
    internal static (string Snippet, IReadOnlyList<Highlight> Highlights) Snippet(string text, HashSet<string> marks)
    {
        // One pass over the text's words, as far as needed and without a string each: the first match
        // places the snippet, and the matches from there to the snippet's end are marked. No word before
        // the first match is one, so none is missed.
        var isMark = marks.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> scratch = stackalloc char[64];
        var (start, end, prefix) = (0, 0, ""); // set by the first match, or after the loop when there is none
        List<Highlight>? highlights = null;
        // Words no mark can start with come without their term: most are passed at their first letter.
        foreach (var word in TextAnalyzer.Words(text, scratch, TextAnalyzer.Initials.Of(marks)))
        {
            if (highlights is not null && word.Start + word.Length > end) break; // the rest lie past the snippet
            if (word.Term.IsEmpty || !isMark.Contains(word.Term)) continue;
            if (highlights is null)
            {
                (start, end, prefix) = Window(text, word.Start);
                highlights = [];
                if (word.Start + word.Length > end) break;
            }
            highlights.Add(new Highlight(word.Start - start + prefix.Length, word.Length));
        }
        if (highlights is null) (start, end, prefix) = Window(text, -1);
        var snippet = string.Concat(prefix, text.AsSpan(start, end - start), end < text.Length ? "…" : "");
        return (snippet, highlights ?? []);
    }

    // Where the snippet of a text starts and ends, given its first match (-1 for none), and what it opens with.
    static (int Start, int End, string Prefix) Window(string text, int first)
    {
        var start = 0;
        if (text.Length > SnippetLength && first > 60)
        {
            start = text.LastIndexOf(' ', first - 40) + 1;
            if (text.Length - start < SnippetLength) start = Math.Max(0, text.LastIndexOf(' ', Math.Max(0, text.Length - SnippetLength)) + 1);
        }
        var end = Math.Min(text.Length, start + SnippetLength);
        if (end < text.Length)
        {
            var space = text.LastIndexOf(' ', end);
            if (space > start) end = space;
        }
        return (start, end, start > 0 ? "…" : "");
    }

    /// <summary>
    /// The article's recommended stories ranked by TF-IDF cosine against the article. Related ones first,
    /// both groups by relevance with the file order breaking ties.
    /// </summary>
    public IReadOnlyList<TeaserRelevance> RankTeasers(Article article, Func<Teaser, Story> storyOf)
    {
        var doc = VectorOf(_docs[_articleDoc[article]]);
        return article.Recommended
            .Select((teaser, order) =>
            {
                var story = storyOf(teaser);
                var (cosine, shared) = Cosine(doc, VectorOf(_docs[_storyDoc[story]]));
                return new TeaserRelevance(teaser, story, order, Math.Round(cosine, 4), cosine >= RelatedThreshold, shared);
            })
            .OrderByDescending(t => t.Related).ThenByDescending(t => t.Relevance).ThenBy(t => t.FileOrder)
            .ToList();
    }

    (double Cosine, IReadOnlyList<string> Shared) Cosine((Dictionary<int, double> Vector, double Norm) a, (Dictionary<int, double> Vector, double Norm) b)
    {
        if (a.Norm == 0 || b.Norm == 0) return (0, []);
        var (small, large) = a.Vector.Count <= b.Vector.Count ? (a.Vector, b.Vector) : (b.Vector, a.Vector);
        var products = new List<(int Id, double Product)>();
        foreach (var (id, w) in small)
            if (large.TryGetValue(id, out var v)) products.Add((id, w * v));
        var cosine = products.Sum(p => p.Product) / (a.Norm * b.Norm);
        var shared = products.OrderByDescending(p => p.Product).Take(3).Select(p => _terms[p.Id]).ToList();
        return (cosine, shared);
    }

    /// <summary>
    /// The <paramref name="count"/> other articles most like this one (its strongest terms as a query); when
    /// fewer share a term, the next articles in library order fill the list.
    /// </summary>
    public IReadOnlyList<Article> SimilarArticles(Article article, int count = 3) =>
        _similar.GetOrAdd(_articleDoc[article], (d, arguments) => MostSimilar(d, arguments.Article, arguments.Count), (Article: article, Count: count));

    // Every article page's first view asks this. A common term's postings run to thousands, so scores go in
    // a Tally, as in Search, and the best few are picked in one pass: a dictionary of scores, then sorting
    // all of them, made this most of the cost of a new page in a 5,000-article library.
    IReadOnlyList<Article> MostSimilar(int d, Article article, int count)
    {
        var best = new List<int>(count + 1); // highest score first; the same score, the earlier document first
        using (var tally = new Tally(_docs.Length))
        {
            foreach (var (id, weight) in VectorOf(_docs[d]).Vector.OrderByDescending(v => v.Value).Take(25))
                foreach (var p in _postings[id])
                    if (p.Doc != d && p.Doc < _articleCount) tally.Add(p.Doc, weight * _idf[id] * p.Weight); // not itself, not a story
            var scores = tally.Scores;
            foreach (var doc in tally.Met)
            {
                var at = best.Count;
                while (at > 0 && Before(doc, best[at - 1])) at--;
                if (at >= count) continue;
                best.Insert(at, doc);
                if (best.Count > count) best.RemoveAt(count);
            }

            bool Before(int a, int b) => scores[a] > scores[b] || (scores[a] == scores[b] && a < b);
        }
        var similar = best.Select(doc => _docs[doc].Article!).ToList();
        similar.AddRange(_articleDoc.Keys.Where(a => a != article && !similar.Contains(a)).Take(count - similar.Count));
        return similar;
    }

    /// <summary>
    /// One query's scores, a slot per document, and the documents met in the order first met. The arrays
    /// are rented: fresh ones would land on the large-object heap at every query, and a common word meets
    /// thousands of documents. The shared pool hands back arrays other code has used, so the slots are
    /// cleared first (a memset, microseconds).
    /// </summary>
    sealed class Tally : IDisposable
    {
        readonly int[] _met;
        int _count;

        public Tally(int documents)
        {
            Scores = ArrayPool<double>.Shared.Rent(documents);
            Matches = ArrayPool<byte>.Shared.Rent(documents);
            _met = ArrayPool<int>.Shared.Rent(documents);
            Array.Clear(Scores, 0, documents);
            Array.Clear(Matches, 0, documents);
        }

        public double[] Scores { get; }
        /// <summary>How many of the query's terms met each document (at most 255).</summary>
        public byte[] Matches { get; }
        public ReadOnlySpan<int> Met => _met.AsSpan(0, _count);

        public void Add(int doc, double score)
        {
            if (Matches[doc] == 0) _met[_count++] = doc;
            Scores[doc] += score;
            if (Matches[doc] < byte.MaxValue) Matches[doc]++;
        }

        public void Dispose()
        {
            ArrayPool<double>.Shared.Return(Scores);
            ArrayPool<byte>.Shared.Return(Matches);
            ArrayPool<int>.Shared.Return(_met);
        }
    }
}
