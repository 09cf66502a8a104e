namespace NewsReader.Tests;

/// <summary>A seeds folder of its own for one test, deleted afterwards.</summary>
sealed class TempSeedFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("newsreader-seeds-").FullName;

    public TempSeedFolder WithSeed() => WithFile("000_seed.txt", Samples.SeedBytes);

    public TempSeedFolder WithFile(string name, string text) => WithFile(name, System.Text.Encoding.UTF8.GetBytes(text));

    public TempSeedFolder WithFile(string name, byte[] bytes)
    {
        File.WriteAllBytes(System.IO.Path.Combine(Path, name), bytes);
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open on a slow machine: the OS temp cleaner will get it */ }
    }
}
