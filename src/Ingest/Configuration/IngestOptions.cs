namespace SignauxFaibles.Ingest.Configuration;

/// <summary>
/// The ingest consumer hosted in every silo, bound from <c>Kafka:Ingest</c>. Defaults suit one silo on a
/// small machine; memory held by the ingest is bounded by roughly
/// <see cref="MaxBatchSize"/> x (<see cref="MaxInFlightCalls"/> + 1) events, plus up to
/// <see cref="AlignmentCapacity"/> raw messages per owned partition.
/// </summary>
public sealed class IngestOptions
{
    public const string SectionName = "Kafka:Ingest";

    /// <summary>Consumer group shared by all silos of a cluster. Default <c>sf-ingest</c>.</summary>
    public string GroupId { get; set; } = "sf-ingest";

    /// <summary>Schema names of the sources to consume (topic = prefix + schema name). Empty = every source. Default empty.</summary>
    public List<string> Sources { get; } = [];

    /// <summary>Largest number of messages taken from the consumer before they are grouped by SIREN. Default 2,000.</summary>
    public int MaxBatchSize { get; set; } = 2_000;

    /// <summary>How long a batch keeps filling once its first message arrived. Default 20 ms.</summary>
    public TimeSpan MaxBatchWait { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Largest number of grain calls (and dead-letter deliveries) awaited at once: the backpressure bound. Default 256.</summary>
    public int MaxInFlightCalls { get; set; } = 256;

    /// <summary>Attempts of one grain call before its events are dead-lettered with <c>apply_failed</c>. Default 5.</summary>
    public int MaxApplyAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry of a failed grain call; doubles on each retry. Default 200 ms.</summary>
    public TimeSpan ApplyRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Longest delay between two attempts of a call that failed because the store or the cluster is away
    /// (retried without limit, the consumer paused meanwhile). Default 5 s.
    /// </summary>
    public TimeSpan StorageRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a revoke or a shutdown waits for in-flight calls before committing what is done. Default 20 s.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// A partition whose oldest pending message has not been done for this long "cannot advance": the
    /// ingest health check (and readiness) turns unhealthy and names it. Default 2 min.
    /// </summary>
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Hand the owned partitions' messages out in delivery-date order (docs/durability.md, "Delivery-date
    /// order"), so a firm's alerts do not depend on fetch timing. Default true.
    /// </summary>
    public bool AlignByDeliveryDate { get; set; } = true;

    /// <summary>Messages one partition may hold while waiting for the others' earlier dates before it is paused. Default 1,000.</summary>
    public int AlignmentCapacity { get; set; } = 1_000;

    /// <summary>How long an owned partition that neither delivers nor reports its end may hold the others back (a partition whose fetch fails, a slow start under load). Default 15 s.</summary>
    public TimeSpan AlignmentSilence { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Verify SIREN/SIRET check digits on ingest (production). Default true.</summary>
    public bool VerifyCheckDigits { get; set; } = true;
}
