namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Whether the source topics can be co-partitioned: with the <c>range</c> assignor, one member owns
/// partition n of every topic only when the topics have the same number of partitions, which the
/// delivery-date merge needs to see all of a firm's events (docs/durability.md).
/// </summary>
public static class CoPartitioning
{
    /// <summary>Null when every topic has the same partition count; otherwise what differs, for the log.</summary>
    public static string? Problem(IReadOnlyDictionary<string, int> partitionsByTopic)
    {
        ArgumentNullException.ThrowIfNull(partitionsByTopic);
        var counts = partitionsByTopic.GroupBy(t => t.Value).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).ToList();
        if (counts.Count <= 1)
        {
            return null;
        }

        var usual = counts[0].Key;
        var odd = counts.Skip(1).SelectMany(g => g).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key} ({t.Value})");
        return $"most source topics have {usual} partitions but {string.Join(", ", odd)}";
    }
}
