namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Column names of the URSSAF débit export, in the order the partner writes them.</summary>
public static class DebitColumns
{
    public const string UrssafGestion = "Urssaf_gestion";
    public const string Dep = "Dep";
    public const string Compte = "num_cpte";
    public const string Siren = "Siren";
    public const string Siret = "Siret";
    public const string DateImmatriculation = "Dt_immat";
    public const string EtatCompte = "Etat_cpte";
    public const string CodeProcedureCollective = "Cd_pro_col";
    public const string Periode = "Periode";
    public const string NumeroEcartNegatif = "Num_Ecn";
    public const string NumeroHistorique = "Num_Hist_Ecn";
    public const string DateTraitement = "Dt_trt_ecn";
    public const string PartOuvriere = "Mt_PO";
    public const string PartPatronale = "Mt_PP";
    public const string CodeOperation = "Cd_op_ecn";
    public const string CodeMotif = "Motif_ecn";
    public const string Recours = "Recours_en_cours";

    public static IReadOnlyList<string> All { get; } =
    [
        UrssafGestion, Dep, Compte, Siren, Siret, DateImmatriculation, EtatCompte, CodeProcedureCollective, Periode,
        NumeroEcartNegatif, NumeroHistorique, DateTraitement, PartOuvriere, PartPatronale, CodeOperation, CodeMotif, Recours,
    ];
}
