using NewsReader.Web.Api;
using NewsReader.Web.Ingestion;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console());

builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddIngestion();

var app = builder.Build();

app.UseSerilogRequestLogging();

app.MapHealthChecks("/healthz");
app.MapArticleApi();

app.Run();
