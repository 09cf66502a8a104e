namespace NewsReader.Web.Search;

/// <summary>A parsed query: loose words and "quoted phrases" (straight or curly quotes), analysed like the index.</summary>
public sealed record SearchQuery(IReadOnlyList<string> Terms, IReadOnlyList<IReadOnlyList<string>> Phrases)
{
    /// <summary>The query's words as typed (lowercased, unstemmed), for cheap substring probes.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    public const int MaxLength = 200;

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return new([], []);
        if (query.Length > MaxLength) query = query[..MaxLength];
        var words = query.Split([' ', '"', '“', '”', ',', ';', '.', '!', '?', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).Distinct().ToList();
        var terms = new List<string>();
        var phrases = new List<IReadOnlyList<string>>();
        var inQuote = false;
        var start = 0;
        for (var i = 0; i <= query.Length; i++)
        {
            var atQuote = i < query.Length && query[i] is '"' or '“' or '”';
            if (i < query.Length && !atQuote) continue;
            var part = query[start..i];
            var tokens = TextAnalyzer.Tokens(part).Select(t => t.Term).ToList();
            if (inQuote && tokens.Count > 1) phrases.Add(tokens);
            terms.AddRange(tokens.Where(t => t.Length > 1 || char.IsDigit(t[0])));
            inQuote = atQuote && !inQuote;
            start = i + 1;
        }
        return new SearchQuery(terms, phrases) { Words = words };
    }
}
