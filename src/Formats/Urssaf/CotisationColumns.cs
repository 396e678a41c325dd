namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Column names of the URSSAF cotisation export, in the partner's order.</summary>
public static class CotisationColumns
{
    public const string UrssafGestion = "Urssaf_gestion";
    public const string Dep = "Dep";
    public const string Siret = "Siret";
    public const string Compte = "Compte";
    public const string Periode = "periode";
    /// <summary>Montant mis en recouvrement; not carried by the event.</summary>
    public const string Mer = "mer";
    public const string EncaisseDirect = "enc_direct";
    public const string CotisationDue = "cotis_due";

    public static IReadOnlyList<string> All { get; } = [UrssafGestion, Dep, Siret, Compte, Periode, Mer, EncaisseDirect, CotisationDue];
}
