namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// One call holding (or having lent) an in-flight slot: a firm's call, named by its SIREN, or a batch's
/// dead-letter deliveries. Its flags are touched by the call's own continuation only.
/// </summary>
internal sealed class InFlightCall(string subject)
{
    /// <summary>The firm's SIREN, or <c>(dead letters)</c>; used in log lines.</summary>
    public string Subject { get; } = subject;

    /// <summary>True once the call gave its slot back (see <see cref="InFlightSlots.Lend"/>).</summary>
    public bool SlotLent { get; set; }

    /// <summary>True while the call waits for the store or the cluster (see <see cref="StorageOutage"/>).</summary>
    public bool WaitingForStorage { get; set; }
}
