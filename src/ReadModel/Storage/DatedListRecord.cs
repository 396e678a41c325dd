namespace SignauxFaibles.ReadModel.Storage;

/// <summary>A row of table <c>dated_lists</c>: a list, whether it is closed, and its counts once closed.</summary>
internal sealed class DatedListRecord
{
    public DateOnly ListDate { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public int Firms { get; set; }
    public int Eleve { get; set; }
    public int Modere { get; set; }
    public int PremieresAlertes { get; set; }
}
