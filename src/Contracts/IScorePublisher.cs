namespace SignauxFaibles.Contracts;

/// <summary>
/// Where a firm grain sends its score changes (the Kafka scores topic). Every registered publisher receives
/// every change at least once: the grain keeps unpublished changes in its state and retries, and changes
/// carry a deterministic id so consumers drop duplicates. None is registered by default (the embedded
/// silo has no scores topic), and then the grain keeps no score outbox at all.
/// </summary>
public interface IScorePublisher
{
    Task PublishAsync(ScoreChange change, CancellationToken cancellationToken);
}
