namespace SignauxFaibles.ReadModel.Storage;

/// <summary>A row of table <c>list_entry_zones</c>: one département of a firm on a list (zone filters and access scope).</summary>
internal sealed class ListEntryZone
{
    public DateOnly ListDate { get; set; }
    public string Siren { get; set; } = "";
    public string Departement { get; set; } = "";
}
