namespace SignauxFaibles.Silo.Feed;

/// <summary>Where the silo's firm events come from.</summary>
public enum FeedSource
{
    /// <summary>No feed: the silo only serves grains (events arrive from elsewhere, or tests).</summary>
    None,

    /// <summary>The simulator, in process: the embedded default.</summary>
    Simulator,

    /// <summary>
    /// The Kafka source topics, consumed by the ingest hosted in the silo (consumer group
    /// <c>Kafka:Ingest:GroupId</c>); alert transitions and score changes are produced to Kafka too.
    /// </summary>
    Kafka,
}
