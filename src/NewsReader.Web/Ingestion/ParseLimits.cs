namespace NewsReader.Web.Ingestion;

/// <summary>The parser's bounds, from <see cref="SeedOptions"/>: longest line accepted, teasers kept.</summary>
public sealed record ParseLimits(int MaxLineLength, int MaxTeasers)
{
    public static ParseLimits Default { get; } = new SeedOptions().Limits;
}
