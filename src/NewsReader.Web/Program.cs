using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using NewsReader.Web.Api;
using NewsReader.Web.Feeds;
using NewsReader.Web.Ingestion;
using NewsReader.Web.Reading;
using NewsReader.Web.Web;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console());

builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddRazorPages();
// Write non-ASCII text as itself (still escaping <, >, & and quotes): smaller, readable HTML.
builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
builder.Services.AddIngestion();

var app = builder.Build();

app.UseSecurityHeaders();
app.UseReaderErrorPages();
app.UseStaticFiles();
app.UseSerilogRequestLogging();
// Explicit, after the error middleware, so a re-executed status page (/errors/404) is routed afresh.
app.UseRouting();

app.MapHealthChecks("/healthz");
app.MapArticleApi();
app.MapSearchApi();
app.MapReadingPreferences();
app.MapFeeds();
app.MapRazorPages();

app.Run();
