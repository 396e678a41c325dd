namespace SignauxFaibles.Web.Data;

/// <summary>An agent following a firm, with the reason category; <see cref="Until"/> set when he stops.</summary>
public sealed class SuiviRecord
{
    public long Id { get; set; }
    public required string Siren { get; set; }
    public required string Login { get; set; }
    public required string Category { get; set; }
    public DateTime Since { get; set; }
    public DateTime? Until { get; set; }
}
