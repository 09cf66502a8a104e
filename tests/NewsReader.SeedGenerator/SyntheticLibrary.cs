using System.Text;

namespace NewsReader.SeedGenerator;

/// <summary>
/// Deterministic synthetic articles in the capture format: wire headlines, captions, authors, read times,
/// datelines, paragraphs, credits and recommended stories (many of them headlines of other generated
/// articles, so linking and relevance have work to do). Captures vary as real ones do: CRLF or LF, bullet
/// glyphs, dashes, and optional parts left out.
/// </summary>
public static class SyntheticLibrary
{
    static readonly string[] Places = ["TOKYO", "LONDON", "WASHINGTON", "PARIS", "BERLIN", "KYIV, Ukraine", "SEOUL", "BRUSSELS", "NAIROBI", "SAO PAULO", "SYDNEY", "NEW DELHI", "OTTAWA", "MEXICO CITY", "CAIRO", "JAKARTA"];
    static readonly string[] Agencies = ["Reuters", "AP", "AFP", "Bloomberg"];
    static readonly string[] Dashes = ["-", "–", "—"];
    static readonly string[] Bullets = ["•", "·", "▪", "-", "*"];
    static readonly string[] First = ["Sakura", "James", "Amina", "Luis", "Olga", "Chen", "Priya", "Tom", "Fatima", "Jonas", "Maria", "Kenji", "Aisha", "Pavel", "Grace", "Omar"];
    static readonly string[] Last = ["Murakami", "Okafor", "Silva", "Novak", "Wang", "Sharma", "Brennan", "Haddad", "Lindqvist", "Garcia", "Tanaka", "Mensah", "Ivanova", "Doyle", "Khan", "Rossi"];
    static readonly string[] Subjects = ["NATO chief", "Central bank", "Prime minister", "Union leaders", "Oil producers", "Health ministry", "Tech giant", "Farmers", "Election commission", "Climate envoy", "Defence minister", "Shipping firms", "Regulators", "Opposition party", "Wildlife officials", "Port workers"];
    static readonly string[] Verbs = ["warns of", "pledges action on", "faces pressure over", "unveils plan for", "rejects criticism of", "calls for talks on", "braces for", "seeks support for", "defends record on", "signals shift on"];
    static readonly string[] Topics = ["rising security tensions", "interest rates", "grain exports", "chip supply", "drought relief", "border controls", "pension reform", "wildfire season", "energy prices", "coastal flooding", "rail strikes", "vaccine supply", "trade tariffs", "data privacy rules", "fishing quotas", "housing costs"];
    static readonly string[] Openers = ["said on {day} that", "told reporters on {day} that", "warned on {day} that", "announced on {day} that"];
    static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    static readonly string[] Sentences =
    [
        "Officials said the measures would be reviewed within weeks as conditions changed.",
        "Analysts expect the decision to weigh on markets in the coming months.",
        "\"We are ready to act if the situation worsens,\" a senior official said.",
        "The announcement follows months of negotiations between the parties.",
        "Critics argue the plan does not go far enough to address {topic}.",
        "Neighbouring countries have watched the developments closely.",
        "The government has repeatedly said it will not change course on {topic}.",
        "Independent experts said the figures were broadly in line with forecasts.",
        "Protesters gathered outside the ministry as the talks continued late into the night.",
        "A spokesperson declined to comment on the details of the proposal.",
        "The issue of {topic} has dominated the agenda for much of the year.",
        "Data released last week showed a sharp change compared with a year earlier.",
    ];

    public sealed record Capture(string FileName, string Text);

    public static IEnumerable<Capture> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var headlines = Enumerable.Range(0, count).Select(i => Headline(new Random(seed * 7919 + i), i)).ToArray();
        for (var i = 0; i < count; i++)
            yield return new Capture($"{i:D6}_synthetic.txt", Article(random, i, headlines));
    }

    public static int WriteTo(string folder, int count, int seed = 42)
    {
        Directory.CreateDirectory(folder);
        var bytes = 0;
        foreach (var capture in Generate(count, seed))
        {
            var data = Encoding.UTF8.GetBytes(capture.Text);
            File.WriteAllBytes(Path.Combine(folder, capture.FileName), data);
            bytes += data.Length;
        }
        return bytes;
    }

    static string Headline(Random r, int i) =>
        $"{Pick(r, Subjects)} {Pick(r, Verbs)} {Pick(r, Topics)}{(i % 3 == 0 ? $" in {Title(Pick(r, Places))}" : "")}";

    static string Article(Random r, int index, string[] headlines)
    {
        var nl = r.Next(4) == 0 ? "\r\n" : "\n";
        var sb = new StringBuilder();
        var topic = Pick(r, Topics);
        var authors = Enumerable.Range(0, r.Next(4) == 0 ? 2 : 1).Select(_ => $"{Pick(r, First)} {Pick(r, Last)}").Distinct().ToList();
        var place = Pick(r, Places);
        var agency = Pick(r, Agencies);
        var paragraphs = 4 + r.Next(9);

        sb.Append(headlines[index]).Append(nl).Append(nl);
        if (r.Next(5) != 0) sb.Append($"{Pick(r, Subjects)} speak to reporters in {Title(place)}").Append(nl);
        if (r.Next(6) != 0) sb.Append(authors[0]).Append(nl);
        if (r.Next(6) != 0) sb.Append(r.Next(2) == 0 ? "·" : "· ").Append(1 + paragraphs / 3).Append(" min read").Append(nl);
        sb.Append(nl);
        if (r.Next(6) != 0) sb.Append("By ").Append(string.Join(" and ", authors)).Append(nl).Append(nl);

        var dateline = r.Next(8) == 0 ? "" : $"{place} ({agency}) {Pick(r, Dashes)} ";
        sb.Append(dateline).Append($"{headlines[index].Split(' ')[0]} officials {Pick(r, Openers).Replace("{day}", Pick(r, Days))} {topic} would remain a priority.").Append(nl).Append(nl);
        for (var p = 1; p < paragraphs; p++)
        {
            var sentences = Enumerable.Range(0, 1 + r.Next(3)).Select(_ => Pick(r, Sentences).Replace("{topic}", topic));
            sb.Append(string.Join(' ', sentences)).Append(nl).Append(nl);
        }
        if (r.Next(5) != 0) sb.Append($"(Reporting by {string.Join(" and ", authors)}; Editing by {Pick(r, First)} {Pick(r, Last)})").Append(nl).Append(nl);

        var teasers = r.Next(4) == 0 ? 0 : 3 + r.Next(18);
        if (teasers > 0)
        {
            var bullet = Pick(r, Bullets);
            sb.Append("Recommended Stories").Append(nl).Append(nl);
            for (var t = 0; t < teasers; t++)
            {
                var title = r.Next(3) == 0 ? Headline(r, t) : headlines[r.Next(headlines.Length)];
                sb.Append("  ").Append(bullet).Append(' ').Append(title).Append(nl).Append(nl);
                if (r.Next(8) == 0) continue; // no summary
                var summary = Pick(r, Sentences).Replace("{topic}", Pick(r, Topics)) + " " + Pick(r, Sentences).Replace("{topic}", topic);
                if (r.Next(15) == 0) summary = summary[..(summary.Length * 2 / 3)].TrimEnd(); // cut off mid-sentence
                sb.Append("    ").Append(summary).Append(nl).Append(nl);
            }
        }
        return sb.ToString().TrimEnd();
    }

    static string Pick(Random r, string[] items) => items[r.Next(items.Length)];

    static string Title(string place) =>
        string.Join(' ', place.Split(',')[0].Split(' ').Select(w => w.Length == 0 ? w : w[0] + w[1..].ToLowerInvariant()));
}
