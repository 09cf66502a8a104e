using NewsReader.SeedGenerator;

// dotnet run --project tests/NewsReader.SeedGenerator -- COUNT OUTPUT_FOLDER [SEED]
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 0)
{
    Console.Error.WriteLine("usage: NewsReader.SeedGenerator COUNT OUTPUT_FOLDER [SEED]");
    return 2;
}
var seed = args.Length > 2 && int.TryParse(args[2], out var s) ? s : 42;
var bytes = SyntheticLibrary.WriteTo(args[1], count, seed);
Console.WriteLine($"wrote {count} synthetic captures ({bytes:N0} bytes) to {Path.GetFullPath(args[1])}");
return 0;
