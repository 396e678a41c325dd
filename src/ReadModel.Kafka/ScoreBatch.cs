using Confluent.Kafka;
using SignauxFaibles.Ingest.Scores;

namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>
/// Score-change messages taken from the scores topic for one read-model transaction: the updates in topic
/// order, and each partition's next offset (past the malformed messages too, which are skipped).
/// </summary>
internal sealed class ScoreBatch
{
    private readonly List<FirmRowUpdate> _updates = [];
    private readonly Dictionary<TopicPartition, long> _next = [];

    /// <summary>Messages taken (applied or skipped).</summary>
    public int Messages { get; private set; }

    public IReadOnlyList<FirmRowUpdate> Updates => _updates;

    /// <summary>The malformed messages of the batch, with the reason each is not a score change.</summary>
    public List<(TopicPartitionOffset At, string Reason)> Malformed { get; } = [];

    /// <summary>The latest delivery date among the updates, or null when there are none.</summary>
    public DateOnly? LatestAsOf { get; private set; }

    public bool IsEmpty => _next.Count == 0;

    /// <summary>Takes a message: its update, or a malformed one to skip; the partition moves past it either way.</summary>
    public void Add(ConsumeResult<Ignore, byte[]?> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Messages++;
        _next[result.TopicPartition] = result.Offset.Value + 1;
        if (result.Message.Value is not { Length: > 0 } value)
        {
            Malformed.Add((result.TopicPartitionOffset, "empty value"));
            return;
        }

        try
        {
            var update = ScoreChangeUpdates.ToUpdate(ScoreJsonReader.Read(value));
            _updates.Add(update);
            LatestAsOf = LatestAsOf is { } latest && latest >= update.AsOf ? latest : update.AsOf;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException)
        {
            Malformed.Add((result.TopicPartitionOffset, ex.Message));
        }
    }

    /// <summary>A partition's end seen at <paramref name="offset"/>: its position is at least there.</summary>
    public void Reached(TopicPartition partition, long offset)
    {
        if (!_next.TryGetValue(partition, out var next) || next < offset)
        {
            _next[partition] = offset;
        }
    }

    /// <summary>Each partition's next offset to read after this batch.</summary>
    public IReadOnlyList<ProjectionPosition> Positions() =>
        [.. _next.Select(p => new ProjectionPosition(p.Key.Topic, p.Key.Partition.Value, p.Value))];
}
