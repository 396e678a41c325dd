namespace SignauxFaibles.Ingest.Consuming;

/// <summary>A batch sorted out: one group per firm (in first-seen order), and the messages to dead-letter, if any.</summary>
internal readonly record struct SortedBatch(IReadOnlyCollection<FirmGroup> Groups, List<RejectedMessage>? Rejected);
