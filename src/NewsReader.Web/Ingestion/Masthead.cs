using System.Buffers;
using System.Collections.Frozen;
using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

/// <summary>
/// The news site's own name and furniture around a story, as captures of its page keep them: the site's
/// name a page title adds to the headline ("NATO chief… | Reuters"), and the top of the page above the
/// headline (a "Skip to content" link, the site's or an agency's name alone, a section's name, a
/// breadcrumb). None of it is the story's; <see cref="SeedSections"/> and <see cref="SeedHeader"/> leave it
/// out, and teaser titles lose the site's name as headlines do.
/// </summary>
internal static class Masthead
{
    /// <summary>
    /// The headline without the site's name that a browser's page title adds, as tools that save a page's
    /// title write it: "NATO chief… | Reuters", "NATO chief… - Yahoo News". After " | " any short name
    /// goes; after a dash only a known publisher's, as "Huawei - sources" is part of the headline.
    /// </summary>
    public static ReadOnlySpan<char> WithoutSiteName(ReadOnlySpan<char> headline)
    {
        // Most headlines and titles hold no spaced bar or dash ("Indo-Pacific" is none) near their end, where
        // a site's name (at most 40 characters) would follow one: they leave here.
        if (headline.Length < 20 || !HasSpacedSeparator(headline[Math.Max(0, headline.Length - 45)..])) return headline;
        var bar = headline.LastIndexOf(" | ");
        if (bar > 0 && IsSiteName(headline[(bar + 3)..], knownOnly: false)) return headline[..bar].TrimEnd();
        foreach (var dash in (ReadOnlySpan<string>)[" - ", " – ", " — "])
        {
            var at = headline.LastIndexOf(dash);
            if (at > 0 && IsSiteName(headline[(at + dash.Length)..], knownOnly: true)) return headline[..at].TrimEnd();
        }
        return headline;
    }

    static readonly SearchValues<char> SiteSeparators = SearchValues.Create("|-–—");

    static bool HasSpacedSeparator(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(SiteSeparators); at >= 0;)
        {
            if (at > 0 && text[at - 1] == ' ' && at + 1 < text.Length && text[at + 1] == ' ') return true;
            var next = text[(at + 1)..].IndexOfAny(SiteSeparators);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    static readonly string[] Sites =
        ["Yahoo", "Yahoo News", "Yahoo Finance", "AP News", "MSN", "NBC News", "CBS News", "ABC News", "Sky News", "Reuters.com", "Al Jazeera", "NPR", "CNBC", "Axios", "Politico", "Nikkei Asia",
         "Financial Times", "The Guardian", "The Japan Times", "The New York Times", "The Washington Post"];

    // A wire service or desk a byline may name (Byline.IsAgency), or a news site: the names that stand
    // for the publisher itself.
    static bool IsPublisher(ReadOnlySpan<char> name)
    {
        if (Byline.IsAgency(name)) return true;
        foreach (var site in Sites)
            if (name.Equals(site, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    static bool IsSiteName(ReadOnlySpan<char> name, bool knownOnly)
    {
        name = name.Trim();
        if (name.Length is < 2 or > 40) return false;
        if (IsPublisher(name) || name.EndsWith(" News", StringComparison.Ordinal)) return true;
        if (knownOnly) return false;
        // A name: capitalised words, at most four, no digits and no sentence punctuation ("Day 340" is no site).
        var words = 1;
        foreach (var c in name)
        {
            if (c == ' ') words++;
            else if (char.IsAsciiDigit(c) || c is ',' or ':' or ';' or '?' or '!' or '"') return false;
        }
        return words <= 4 && char.IsUpper(name[0]);
    }

    /// <summary>
    /// "Skip to main content", "Skip to content", a known site's or agency's name alone ("Reuters", "Yahoo
    /// Finance") or a section's ("World", "Asia Pacific") above the headline, or the page's breadcrumb
    /// ("Home / World / Asia Pacific"); the site's own controls ("Subscribe", "Sign in", "Menu") and its cookie
    /// banner (<see cref="IsCookieNotice"/>, "Accept all", "Reject all"); not any name ending in " News", as
    /// "Boeing Gets Good News" is a headline.
    /// </summary>
    public static bool IsPageTop(ReadOnlySpan<char> line) =>
        line.Length <= 40 && (line.StartsWith("Skip to ", StringComparison.OrdinalIgnoreCase) || IsPublisher(line) || IsSectionName(line)
            || SiteControls.Contains(line))
        || IsBreadcrumb(line) || IsSiteAddress(line) || IsCookieNotice(line);

    /// <summary>
    /// An entry of the site's menu as a text browser dumps it above the headline, one a line: "* News",
    /// "• Finance", "+ Markets" (Lynx, w3m). A bullet, then a name of one to four words with no sentence
    /// punctuation. <see cref="SeedSections"/> takes it for the page's top only among others like it: one
    /// bulleted line alone may be the capture's first line of text.
    /// </summary>
    public static bool IsMenuEntry(ReadOnlySpan<char> line) =>
        line.Length is >= 3 and <= 34 && (TextRules.StartsWithBullet(line) || TextRules.StartsWithAsciiBullet(line)) && IsMenuName(line[1..].TrimStart());

    /// <summary>
    /// A name an entry of the site's menu could have: one to four words, capitalised, at most 30 characters,
    /// no sentence punctuation ("News", "Asia Pacific", "Personal Finance"). A PDF printed from the page
    /// keeps its menu without bullets.
    /// </summary>
    public static bool IsMenuName(ReadOnlySpan<char> name) =>
        name.Length is > 0 and <= 30 && (char.IsUpper(name[0]) || char.IsDigit(name[0])) && name.Count(' ') <= 3 && !name.ContainsAny(".,:;?!\"“”");

    // The buttons and links a page sets over its headline: the reader's account, the menu, the cookie banner's.
    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SiteControls = FrozenSet.ToFrozenSet(
        ["Subscribe", "Subscribe now", "Sign in", "Sign up", "Sign out", "Log in", "Login", "Log out", "Register", "My account",
         "Account", "Menu", "Open menu", "Close menu", "Search", "Newsletters", "Donate", "Support us",
         "Accept", "Accept all", "Accept all cookies", "Accept cookies", "Reject all", "Reject all cookies", "Decline", "I agree",
         "I accept", "Got it", "Manage cookies", "Cookie settings", "Manage preferences", "Manage settings", "More options"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The cookie banner's notice a capture of the whole page may open with: "We use cookies to improve your
    /// experience. By continuing, you agree to our use of cookies." Sentences that name cookies and end in a
    /// full stop or a link to the policy; a headline about cookies ("EU fines Google over cookies") ends in
    /// neither.
    /// </summary>
    public static bool IsCookieNotice(ReadOnlySpan<char> line) =>
        line.Length is >= 20 and <= 600 && (line[^1] == '.' || line.EndsWith("policy", StringComparison.OrdinalIgnoreCase))
        && line.Contains("cookie", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The site's address alone, as reader views and read-later exports set it by the headline: "reuters.com",
    /// "www.apnews.com", "edition.cnn.com", "bbc.co.uk". Host names only, in two to five dotted labels of
    /// letters, digits and hyphens, ending in a top-level domain news sites use: "U.S.", "3.5%", "J.Doe" and
    /// "St.Louis" are none, nor is anything with a space.
    /// </summary>
    public static bool IsSiteAddress(ReadOnlySpan<char> line)
    {
        if (line.Length is < 4 or > 60 || line.IndexOf('.') < 1) return false;
        var labels = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in line.Split('.'))
        {
            var label = line[range];
            if (label.IsEmpty || label[0] == '-' || label[^1] == '-' || label.ContainsAnyExcept(HostCharacters) || ++labels > 5) return false;
            last = label;
        }
        return labels >= 2 && TopLevelDomains.Contains(last);
    }

    static readonly SearchValues<char> HostCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains = FrozenSet.ToFrozenSet(
        ["com", "net", "org", "info", "news", "co", "io", "tv", "eu", "int", "gov", "edu", "us", "uk", "ie", "ca", "au", "nz", "jp",
         "kr", "cn", "hk", "tw", "sg", "in", "de", "fr", "it", "es", "pt", "nl", "be", "ch", "at", "se", "no", "dk", "fi", "pl", "ru",
         "ua", "br", "mx", "ar", "za"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Sections = FrozenSet.ToFrozenSet(
        ["World", "Business", "Markets", "Finance", "Economy", "Technology", "Tech", "Science", "Health", "Environment", "Climate",
         "Sustainability", "Energy", "Politics", "Opinion", "Analysis", "Commentary", "Explainer", "Exclusive", "Investigates",
         "Breakingviews", "Legal", "Sports", "Sport", "Entertainment", "Lifestyle", "Culture", "Arts", "Travel", "Media",
         "Top News", "Breaking News", "Live", "Asia", "Asia Pacific", "Europe", "Americas", "Africa", "Middle East", "China",
         "Japan", "India", "Ukraine", "UK", "US", "U.S."], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A section of a news site on a line of its own ("World", "Asia Pacific", "Breakingviews"), as a
    /// capture of the page has it above the headline or under it.
    /// </summary>
    public static bool IsSectionName(ReadOnlySpan<char> line) =>
        // Every name is at most 14 characters: headlines and captions leave on their length.
        line.Length is >= 2 and <= 14 && Sections.Contains(line);

    // "World > Asia Pacific", "Home / World / Asia Pacific", "World › Markets": two to five parts of one to
    // four capitalised words, without sentence punctuation ("Stocks / bonds: a guide" is a headline).
    static bool IsBreadcrumb(ReadOnlySpan<char> line)
    {
        if (line.Length is < 5 or > 80 || line.IndexOfAny(">/›»") < 0) return false;
        var parts = 0;
        foreach (var range in line.SplitAny(">/›»"))
        {
            var part = line[range].Trim();
            if (part.IsEmpty || !char.IsUpper(part[0]) || part.Count(' ') > 3 || part.ContainsAny(".,:;?!\"") || ++parts > 5) return false;
        }
        return parts >= 2;
    }
}
