using NewsReader.Web.Articles;

namespace NewsReader.Web.Ingestion;

public static class IngestionExtensions
{
    /// <summary>Seeds options (validated at start-up), the article store and the service that fills it.</summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<SeedOptions>()
            .BindConfiguration(SeedOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ArticleStore>();
        services.AddSingleton<SeedLoader>();
        services.AddSingleton<IngestionService>();
        services.AddHostedService(sp => sp.GetRequiredService<IngestionService>());
        return services;
    }
}
