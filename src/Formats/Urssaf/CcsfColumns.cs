namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Column names of the URSSAF CCSF export, in the partner's order.</summary>
public static class CcsfColumns
{
    public const string UrssafGestion = "Urssaf_gestion";
    public const string Dep = "Dep";
    public const string Siret = "Siret";
    public const string Compte = "Compte";
    public const string DateTraitement = "Date_de_traitement";
    public const string Stade = "Code_externe_stade";
    public const string Action = "Code_externe_action";

    public static IReadOnlyList<string> All { get; } = [UrssafGestion, Dep, Siret, Compte, DateTraitement, Stade, Action];
}
