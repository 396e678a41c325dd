using SignauxFaibles.Contracts;
using SignauxFaibles.ReadModel;
using SignauxFaibles.ReadModel.Projection;

namespace SignauxFaibles.Silo.ReadModel;

/// <summary>
/// The embedded run's projection: every score change of a grain goes straight to the read model (no scores
/// topic). Completes once committed, so the grain's score outbox keeps what the store does not hold yet.
/// </summary>
public sealed class ReadModelScorePublisher(ReadModelWriter writer) : IScorePublisher
{
    public Task PublishAsync(ScoreChange change, CancellationToken cancellationToken) =>
        writer.WriteAsync(ScoreChangeUpdates.ToUpdate(change), cancellationToken);
}
