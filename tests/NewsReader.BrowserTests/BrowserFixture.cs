namespace NewsReader.BrowserTests;

/// <summary>One app and one Chromium shared by every browser test (a collection fixture).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ReaderApp App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;
    IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        // Fail loudly, never skip: a missing browser must not look like a pass.
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium is not installed at {ChromiumPath}. Install Debian's package: `apt-get install -y chromium` " +
                "(.ci/run does this). The browser tests never download a browser of their own.");

        App.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new();
        options.BaseURL = App.BaseAddress.ToString();
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
