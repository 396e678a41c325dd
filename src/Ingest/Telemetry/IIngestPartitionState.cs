namespace SignauxFaibles.Ingest.Telemetry;

/// <summary>What the ingest's observable gauges read from the consumer that owns the partitions.</summary>
public interface IIngestPartitionState
{
    /// <summary>Partitions paused for a storage outage.</summary>
    int PausedPartitions { get; }

    /// <summary>Partitions that cannot advance, as topic/partition.</summary>
    IReadOnlyList<string> StalledPartitions { get; }

    /// <summary>Messages behind the end of each partition assigned to this consumer, as last known by the client (no broker round trip).</summary>
    IReadOnlyList<PartitionLag> Lag();
}

/// <summary>One partition's lag: end offset minus the consumer's position.</summary>
public readonly record struct PartitionLag(string Topic, int Partition, long Messages);
