using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Ingest.DeadLetters;

/// <summary>
/// A rejected input on its way to the dead-letter topic: every reason found, where it came from, the
/// transport key it had and its original bytes (kept verbatim so it can be fixed and replayed; only an
/// input too large to fit in a dead letter is cut, see <see cref="DeadLetterJson"/>).
/// </summary>
public sealed record DeadLetter(IReadOnlyList<Reject> Rejects, DeadLetterSource Source, string? Key, ReadOnlyMemory<byte> Payload)
{
    public string Id => Source.Id;

    /// <summary>The first reason, the one operators filter on.</summary>
    public Reject Reason => Rejects.Count > 0 ? Rejects[0] : new Reject(RejectCode.None, "", "no reason recorded");

    /// <summary>
    /// Set on a dead letter read back whose payload was cut to fit: the size and SHA-256 of the original
    /// input. <see cref="Payload"/> then holds only its beginning and cannot be replayed as it is.
    /// </summary>
    public PayloadTruncation? Truncation { get; init; }

    /// <summary>
    /// When the dead letter was produced (stamped by <see cref="Producing.DeadLetterProducer"/>); null on dead
    /// letters written before December 2026, which did not record it.
    /// </summary>
    public DateTimeOffset? DeadLetteredAt { get; init; }
}

/// <summary>What a truncated dead letter keeps of an input too large to carry: its size and its SHA-256 (hex).</summary>
public sealed record PayloadTruncation(long OriginalSize, string Sha256);
