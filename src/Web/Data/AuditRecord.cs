namespace SignauxFaibles.Web.Data;

/// <summary>One audited action: a firm view, an export, a suivi or comment change, a refused access.</summary>
public sealed class AuditRecord
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public required string Login { get; set; }
    public required string Action { get; set; }
    public string? Siren { get; set; }
    public string? Detail { get; set; }
}
