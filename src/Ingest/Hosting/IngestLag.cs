namespace SignauxFaibles.Ingest.Hosting;

/// <summary>
/// How far the ingest's consumer group is behind: the sum over the consumed partitions of the end offset
/// minus the group's committed offset (the start offset where nothing was committed yet).
/// </summary>
/// <param name="Messages">Messages not yet committed by the group; null when it could not be measured.</param>
/// <param name="Partitions">Partitions measured.</param>
/// <param name="MeasuredAt">When the figures were read.</param>
/// <param name="Error">Why the lag could not be measured, or null.</param>
public sealed record IngestLag(long? Messages, int Partitions, DateTimeOffset MeasuredAt, string? Error);
