using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Scoring;
using Orleans.Storage;
using SignauxFaibles.Grains.Alerts;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Grains.Models;
using SignauxFaibles.Grains.Telemetry;

namespace SignauxFaibles.Grains;

/// <summary>Registers what the grains need from the silo's container.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// The transparent scorer (unless another <see cref="IRiskScorer"/> is registered first), the Orleans
    /// stream alert publisher (other publishers, such as Kafka, add themselves as further
    /// <see cref="IAlertPublisher"/> registrations), and the Orleans binary serializer for the firm state
    /// storage, whatever its provider: the states are versioned Orleans contracts (ids and aliases), and
    /// the default JSON storage serializer cannot walk their value types. Also the grains' meter
    /// (<see cref="GrainMetrics"/>).
    /// </summary>
    public static IServiceCollection AddFirmGrains(this IServiceCollection services)
    {
        services.AddKeyedSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>(FirmGrain.StorageName);
        services.TryAddSingleton<IRiskScorer, TransparentScorer>();
        services.AddModelVersions();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertPublisher, StreamAlertPublisher>());
        services.AddMetrics();
        services.TryAddSingleton<GrainMetrics>();
        return services;
    }
}
