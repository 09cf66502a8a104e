using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NewsReader.Web.Api;
using NewsReader.Web.Feeds;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Pages;
using NewsReader.Web.Pages.Browse;
using NewsReader.Web.Reading;
using NewsReader.Web.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Started from another folder, the app still reads the settings shipped beside it.
    ContentRootPath = AppContentRoot.Choose(args, Environment.CurrentDirectory, AppContext.BaseDirectory, Environment.GetEnvironmentVariable),
});

builder.Services.AddSerilog((services, logger) => logger
    .ReadLevels(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    // Last: what a request or a file name brings in can neither break a line nor drive the terminal.
    .Enrich.WithEscapedControlCharacters()
    // Written in batches on a background task: a busy server never waits on its log.
    .WriteTo.BatchedConsole("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {RequestId}{NewLine}{Exception}"),
    // Each host keeps its own logger rather than taking over the static Log.Logger (hosts side by side in tests).
    preserveStaticLogger: true);

builder.Services.AddApiProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddRazorPages(pages =>
{
    pages.Conventions.OnlyGetAndHead(answersAnyMethod: typeof(ErrorPageModel));
    FacetModel.AddFacetRoutes(pages.Conventions);
    FacetIndexModel.AddRoutes(pages.Conventions);
});
// Write non-ASCII text as itself (still escaping <, >, & and quotes): smaller, readable HTML.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddIngestion();
builder.Services.AddRenderedResponseCache();
builder.Services.AddPageWarmUp();
builder.Services.AddSearchRateLimiting();
// On SIGTERM the host stops taking connections and lets requests in flight finish within this time.
// Checked when the host starts: out of range, the host failed only at shutdown, with a bare ArgumentOutOfRangeException.
builder.Services.AddOptions<HostOptions>()
    .Configure(host => host.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("ShutdownTimeoutSeconds", 30)))
    .Validate(host => host.ShutdownTimeout >= TimeSpan.Zero && host.ShutdownTimeout <= TimeSpan.FromHours(1),
        "ShutdownTimeoutSeconds must be between 0 and 3600.");
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
// Run from the build's output (`dotnet run`, the tests), the precompressed static files live in obj/: this maps
// them in whatever the environment, as Development alone would. A published app has them in wwwroot and
// no build manifest, so it changes nothing there.
builder.WebHost.UseStaticWebAssets();
builder.UseInlineSocketScheduling();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseRequestIdInLogs();
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
app.UseReaderExceptionPage();
app.UseSearchRateLimiting();
// Rendered pages and API answers are served from memory here; only a miss goes further down.
app.UseRenderedResponseCache();
app.UseReaderStatusPages();
// Explicit, after the error middleware, so a re-executed status page (/errors/404) is routed afresh.
app.UseRouting();
// Named here, after the cache, so a response served from memory skips them (left implicit, WebApplication
// would run both first on every request, creating a service scope each time). Nothing here signs in yet.
app.UseAuthentication();
app.UseAuthorization();

app.MapHealthChecks("/healthz");
app.MapStaticAssets();
app.MapArticleApi();
app.MapSearchApi();
app.MapFacetApi();
app.MapReadingPreferences();
app.MapFeeds();
app.MapRazorPages().WithStaticAssets();
// The first reader of each kind of page does not wait for the runtime to load and compile its code.
app.WarmUpPagesWhileStarting();

app.Run();
