using Orleans.Hosting;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>The silo every in-process test cluster of this project starts from.</summary>
internal static class InMemoryFirmSilo
{
    /// <summary>The firm grains on memory storage, with the memory streams their alerts go through.</summary>
    public static ISiloBuilder AddInMemoryFirms(this ISiloBuilder silo)
    {
        silo.AddMemoryGrainStorage(FirmGrain.StorageName)
            .AddMemoryGrainStorage("PubSubStore")
            .AddMemoryStreams(AlertStreams.Provider);
        silo.Services.AddFirmGrains();
        return silo;
    }
}
