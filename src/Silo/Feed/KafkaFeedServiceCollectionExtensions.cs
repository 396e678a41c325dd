using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.Silo.Feed;

/// <summary>Registers the Kafka feed: the ingest hosted service, the Kafka alert and score publishers, and their validated options.</summary>
public static class KafkaFeedServiceCollectionExtensions
{
    public static IServiceCollection AddKafkaFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>();
        services.AddSingleton<IValidateOptions<FeedOptions>, KafkaFeedValidator>();
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateOnStart();
        services.AddKafkaSiloIngest(configuration);
        return services;
    }
}
