using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Grains.Alerts;

namespace SignauxFaibles.Grains;

/// <summary>Registers what the grains need from the silo's container.</summary>
public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// The transparent scorer (unless another <see cref="IRiskScorer"/> is registered first) and the
    /// Orleans stream alert publisher. Other publishers (Kafka) add themselves as further
    /// <see cref="IAlertPublisher"/> registrations.
    /// </summary>
    public static IServiceCollection AddFirmGrains(this IServiceCollection services)
    {
        services.TryAddSingleton<IRiskScorer, TransparentScorer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAlertPublisher, StreamAlertPublisher>());
        return services;
    }
}
