using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>An invalid message's dead letter and the offset its delivery completes.</summary>
internal readonly record struct RejectedMessage(DeadLetter Letter, PendingOffset Pending);
