using SignauxFaibles.Grains.Models;

namespace SignauxFaibles.Silo.Models;

/// <summary>Binds the <c>Models</c> configuration section (validated at start-up).</summary>
public static class ModelsHostingExtensions
{
    public static IServiceCollection AddModelsConfiguration(this IServiceCollection services)
    {
        services.AddOptions<ModelsOptions>().BindConfiguration(ModelsOptions.Section).ValidateOnStart();
        return services;
    }
}
