using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsReader.Web.Ingestion;

namespace NewsReader.Tests;

/// <summary>A <see cref="SeedLoader"/> on a folder, outside any host, for the loader's own tests.</summary>
static class Loaders
{
    public static SeedLoader For(string path, SeedOptions? options = null, ILogger<SeedLoader>? logger = null) => new(
        Options.Create(options ?? new SeedOptions { Path = path }),
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = path },
        logger ?? NullLogger<SeedLoader>.Instance);
}
