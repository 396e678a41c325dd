using System.Collections.Immutable;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Grains.Feed;

/// <summary>
/// Gives events read from an in-process source (the simulator) the positions a Kafka log would give them:
/// one topic per event schema (<c>{prefix}.{schema}</c>), the partition chosen by a stable hash of the
/// SIREN (the record key), and offsets increasing by one per event within each topic-partition. Then
/// groups them into one <see cref="FirmBatch"/> per firm, as the Kafka ingest groups a poll. Not
/// thread-safe: one log per feed.
/// </summary>
public sealed class SimulatedLog
{
    private readonly Dictionary<(string Topic, int Partition), long> _next = [];

    public SimulatedLog(string topicPrefix = "sim", int partitions = 8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        TopicPrefix = topicPrefix;
        Partitions = partitions;
    }

    public string TopicPrefix { get; }

    public int Partitions { get; }

    /// <summary>Events appended so far.</summary>
    public long Appended { get; private set; }

    /// <summary>The partition of a record key (FNV-1a of the SIREN, stable across processes).</summary>
    public static int PartitionOf(string siren, int partitions)
    {
        var hash = 2166136261u;
        foreach (var c in siren)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)partitions);
    }

    /// <summary>Appends one event and returns its position.</summary>
    public SourcePosition Append(FirmEvent e)
    {
        var key = ($"{TopicPrefix}.{EventSchemas.Of(e).Name}", PartitionOf(e.Siren, Partitions));
        _next.TryGetValue(key, out var offset);
        _next[key] = offset + 1;
        Appended++;
        return new SourcePosition(key.Item1, key.Item2, offset);
    }

    /// <summary>Appends events in order and groups them by firm, each batch in append order.</summary>
    public IReadOnlyList<FirmBatch> AppendBatches(IEnumerable<FirmEvent> events)
    {
        var byFirm = new Dictionary<string, ImmutableArray<SourcedEvent>.Builder>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in events)
        {
            if (!byFirm.TryGetValue(e.Siren, out var builder))
            {
                builder = ImmutableArray.CreateBuilder<SourcedEvent>();
                byFirm.Add(e.Siren, builder);
                order.Add(e.Siren);
            }

            builder.Add(new SourcedEvent(Append(e), e));
        }

        return [.. order.Select(siren => new FirmBatch(siren, byFirm[siren].DrainToImmutable()))];
    }
}
