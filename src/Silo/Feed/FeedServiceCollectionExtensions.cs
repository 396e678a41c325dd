using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Silo.Feed;

/// <summary>Registers the silo's event feed and its validated options.</summary>
public static class FeedServiceCollectionExtensions
{
    public static IServiceCollection AddFirmFeed(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<FeedOptions>, FeedOptionsValidator>();
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulatorFeedOptions>, SimulatorFeedOptionsValidator>();
        services.AddOptions<SimulatorFeedOptions>().BindConfiguration(SimulatorFeedOptions.Section).ValidateOnStart();
        services.AddSingleton<FeedStatus>();
        services.AddMetrics();
        services.TryAddSingleton<IngestMetrics>();
        services.AddKeyedSingleton<IDeliverySource, SimulatorDeliverySource>(FeedSource.Simulator);
        services.AddHostedService<FirmFeedService>();
        return services;
    }
}
