namespace SignauxFaibles.Ingest.DeadLetters;

/// <summary>
/// Where a dead letter came from: a Kafka message (topic, partition, offset) rejected by the ingest, or a
/// partner-file line (format, file, line) rejected by the connector.
/// </summary>
public sealed record DeadLetterSource
{
    public const string KafkaKind = "kafka";
    public const string FileKind = "file";

    public required string Kind { get; init; }

    public string? Topic { get; init; }

    public int? Partition { get; init; }

    public long? Offset { get; init; }

    public string? Format { get; init; }

    public string? File { get; init; }

    public long? Line { get; init; }

    public static DeadLetterSource KafkaMessage(string topic, int partition, long offset) =>
        new() { Kind = KafkaKind, Topic = topic, Partition = partition, Offset = offset };

    public static DeadLetterSource FileLine(string format, string file, long line) =>
        new() { Kind = FileKind, Format = format, File = file, Line = line };

    /// <summary>
    /// Deterministic id: the same rejected input always gets the same id, so a redelivered or re-imported
    /// reject can be de-duplicated downstream. Files are identified by name, not by their directory.
    /// </summary>
    public string Id => Kind == KafkaKind
        ? $"{Topic}/{Partition}/{Offset}"
        : $"{Format}:{Path.GetFileName(File)}:{Line}";
}
