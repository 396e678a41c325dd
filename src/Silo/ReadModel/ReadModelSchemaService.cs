using SignauxFaibles.ReadModel;

namespace SignauxFaibles.Silo.ReadModel;

/// <summary>Brings the read model's schema up to date at start when this silo only reads it.</summary>
public sealed class ReadModelSchemaService(ReadModelStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureSchemaAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
