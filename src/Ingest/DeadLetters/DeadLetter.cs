using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Ingest.DeadLetters;

/// <summary>
/// A rejected input on its way to the dead-letter topic: every reason found, where it came from, the
/// transport key it had and its original bytes (kept verbatim so it can be fixed and replayed).
/// </summary>
public sealed record DeadLetter(IReadOnlyList<Reject> Rejects, DeadLetterSource Source, string? Key, ReadOnlyMemory<byte> Payload)
{
    public string Id => Source.Id;

    /// <summary>The first reason, the one operators filter on.</summary>
    public Reject Reason => Rejects.Count > 0 ? Rejects[0] : new Reject(RejectCode.None, "", "no reason recorded");
}
