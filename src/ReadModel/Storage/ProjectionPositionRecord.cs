namespace SignauxFaibles.ReadModel.Storage;

/// <summary>
/// A row of table <c>projection_positions</c>: the next offset to read of a topic-partition, written in the
/// same transaction as the rows it produced, so a restarted projection resumes exactly where it stopped.
/// </summary>
internal sealed class ProjectionPositionRecord
{
    public string Topic { get; set; } = "";
    public int Partition { get; set; }
    public long NextOffset { get; set; }
}
