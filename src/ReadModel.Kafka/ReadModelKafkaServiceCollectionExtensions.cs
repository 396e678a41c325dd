using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>Registers the read model's Kafka feed.</summary>
public static class ReadModelKafkaServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="KafkaScoresProjection"/> as a hosted service (options <c>ReadModel:Kafka</c>, broker and
    /// topic prefix from <c>Kafka</c>), which also brings the schema up to date at start. Call after
    /// <see cref="ReadModelServiceCollectionExtensions.AddReadModel"/>.
    /// </summary>
    public static IServiceCollection AddKafkaScoresProjection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddKafkaOptions(configuration);
        services.AddScoresProjectionOptions(configuration);
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ScoresProjectionMetrics>();
        services.TryAddSingleton<KafkaScoresProjection>();
        services.AddHostedService(sp => sp.GetRequiredService<KafkaScoresProjection>());
        return services;
    }

    /// <summary>
    /// The feed of a process that has no grains (the web app): <c>ReadModel:Feed</c> <c>None</c> (default, read
    /// only) or <c>Kafka</c> (<see cref="AddKafkaScoresProjection"/>). <c>Grains</c> is refused: only a silo has them.
    /// </summary>
    public static IServiceCollection AddReadModelFeed(this IServiceCollection services, IConfiguration configuration)
    {
        var feed = configuration.GetValue(ReadModelOptions.SectionName + ":Feed", ReadModelFeed.None);
        return feed switch
        {
            ReadModelFeed.None => services,
            ReadModelFeed.Kafka => services.AddKafkaScoresProjection(configuration),
            _ => throw new InvalidOperationException($"ReadModel:Feed={feed} needs the grains in process, which only a silo has: use None or Kafka here."),
        };
    }

    /// <summary>The <c>ReadModel:Kafka</c> options, validated at start.</summary>
    public static IServiceCollection AddScoresProjectionOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScoresProjectionOptions>().Bind(configuration.GetSection(ScoresProjectionOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScoresProjectionOptions>, ScoresProjectionOptionsValidator>());
        return services;
    }
}
