using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Silo.Feed;

/// <summary>PLACEHOLDER until the simulator lands: delivers nothing.</summary>
public sealed class SimulatorDeliverySource(IOptions<SimulatorFeedOptions> options) : IDeliverySource
{
    public Month FirstMonth => Month.Parse(options.Value.Start);

    public async IAsyncEnumerable<Delivery> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield break;
    }
}
