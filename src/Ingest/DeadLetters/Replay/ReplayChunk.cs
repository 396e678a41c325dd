using Confluent.Kafka;

namespace SignauxFaibles.Ingest.DeadLetters.Replay;

/// <summary>
/// The replays produced since the position was last stored, and the position each partition reached: the
/// position is stored only once every replay before it was acknowledged.
/// </summary>
internal sealed class ReplayChunk(int size)
{
    private readonly List<Task> produced = [];
    private readonly Dictionary<TopicPartition, long> reached = [];

    public bool Full => produced.Count >= Math.Max(1, size);

    public void Add(Task replay) => produced.Add(replay);

    /// <summary>Every message of <paramref name="partition"/> before <paramref name="next"/> is dealt with once the chunk completes.</summary>
    public void Reached(TopicPartition partition, long next) =>
        reached[partition] = Math.Max(next, reached.GetValueOrDefault(partition));

    /// <summary>Waits for every replay of the chunk; throws the first failure.</summary>
    public void WaitAll(CancellationToken cancellationToken)
    {
        if (produced.Count > 0)
        {
            Task.WhenAll(produced).WaitAsync(cancellationToken).GetAwaiter().GetResult();
            produced.Clear();
        }
    }

    /// <summary>The positions reached since the last call.</summary>
    public List<TopicPartitionOffset> TakePositions()
    {
        var positions = reached.Select(r => new TopicPartitionOffset(r.Key, r.Value)).ToList();
        reached.Clear();
        return positions;
    }
}
