using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using SignauxFaibles.Models;

namespace SignauxFaibles.Grains.Models;

/// <summary>Registers the model versions machinery of a silo.</summary>
public static class ModelsServiceCollectionExtensions
{
    /// <summary>
    /// The swappable <see cref="ActiveModel"/> (starting with the registered <c>IRiskScorer</c>, the built-in
    /// version), the silo's registry of active firms, the catalog of versions (built-in + store), the
    /// transparent scorer factory (other kinds add their <see cref="IScorerFactory"/>), the validator of
    /// <see cref="ModelsOptions"/> and the switch service. Options are bound by the host (section <c>Models</c>).
    /// </summary>
    public static IServiceCollection AddModelVersions(this IServiceCollection services)
    {
        services.TryAddSingleton<ActiveModel>();
        services.TryAddSingleton<ActiveFirms>();
        services.TryAddSingleton<ModelCatalog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScorerFactory, TransparentScorerFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IScorerFactory, TreeEnsembleScorerFactory>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ModelsOptions>, ModelsOptionsValidator>());
        services.TryAddSingleton<ModelSwitchService>();
        services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ModelSwitchService>());
        return services;
    }
}
