using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NewsReader.Web.Api;

namespace NewsReader.Tests.Api;

/// <summary>Every API error is problem+json with its status and a trace id, whatever the client accepts.</summary>
public class ApiErrorTests(NewsReaderFactory factory) : IClassFixture<NewsReaderFactory>
{
    public static TheoryData<string?> Accepts => new() { null, "application/json", "text/html", "text/html;q=0.9, image/webp", "application/xml" };

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task AnUnknownApiAddressIs404(string? accept) =>
        await AssertProblemAsync(factory, "/api/no-such-thing", accept, HttpStatusCode.NotFound);

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task AnUnknownSlugIs404(string? accept) =>
        await AssertProblemAsync(factory, "/api/articles/no-such-article", accept, HttpStatusCode.NotFound, "Article not found");

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task AFaultIs500AndSaysNothingOfIt(string? accept)
    {
        using var app = new NewsReaderFactory().WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new FailingConverter()))));

        var body = await AssertProblemAsync(app, "/api/ingestion", accept, HttpStatusCode.InternalServerError, "Something went wrong");
        Assert.DoesNotContain(FailingConverter.Secret, body);
    }

    static async Task<string> AssertProblemAsync(WebApplicationFactory<Program> app, string path, string? accept, HttpStatusCode status, string? title = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var problem = JsonSerializer.Deserialize<JsonElement>(body);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        if (title is not null) Assert.Equal(title, problem.GetProperty("title").GetString());
        return body;
    }

    /// <summary>Makes the ingestion report fail as a bug would, with a detail no client should see.</summary>
    sealed class FailingConverter : JsonConverter<IngestionSummary>
    {
        public const string Secret = "connection string Password=hunter2";

        public override IngestionSummary Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, IngestionSummary value, JsonSerializerOptions options) =>
            throw new InvalidOperationException(Secret);
    }
}
