namespace SignauxFaibles.Ingest.Consuming;

/// <summary>Where an event was read: the grain keeps the last applied offset per topic-partition to ignore redeliveries.</summary>
public readonly record struct SourcePosition(string Topic, int Partition, long Offset)
{
    public override string ToString() => $"{Topic}/{Partition}@{Offset}";
}
