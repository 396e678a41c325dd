namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Column names of the URSSAF délai (payment plan) export, in the partner's order.</summary>
public static class DelaiColumns
{
    public const string UrssafGestion = "Urssaf_gestion";
    public const string Dep = "Dep";
    public const string Siret = "Siret";
    public const string Compte = "Numero_compte_externe";
    public const string NumeroContentieux = "Numero_structure";
    public const string DateCreation = "Date_creation";
    public const string DateEcheance = "Date_echeance";
    public const string DureeDelai = "Duree_delai";
    public const string Denomination = "Denomination_premiere_ligne";
    public const string Indic6M = "Indic_6M";
    public const string AnneeCreation = "Annee_creation";
    public const string MontantEcheancier = "Montant_global_echeancier";
    public const string Stade = "Code_externe_stade";
    public const string Action = "Code_externe_action";

    public static IReadOnlyList<string> All { get; } =
    [
        UrssafGestion, Dep, Siret, Compte, NumeroContentieux, DateCreation, DateEcheance, DureeDelai, Denomination,
        Indic6M, AnneeCreation, MontantEcheancier, Stade, Action,
    ];
}
