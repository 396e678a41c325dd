namespace SignauxFaibles.Formats.Dgefp;

/// <summary>Column names of the DGEFP activité partielle requests export, in the partner's order.</summary>
public static class ApDemandeColumns
{
    public const string IdDemande = "ID_DA";
    public const string Siret = "ETAB_SIRET";
    public const string EffectifEntreprise = "EFF_ENT";
    public const string Effectif = "EFF_ETAB";
    public const string DateStatut = "DATE_STATUT";
    public const string DateDebut = "DATE_DEB";
    public const string DateFin = "DATE_FIN";
    public const string HeuresAutorisees = "HTA";
    public const string MontantAutorise = "MTA";
    public const string EffectifAutorise = "EFF_AUTO";
    public const string MotifRecours = "MOTIF_RECOURS_SE";
    public const string Perimetre = "PERIMETRE_AP";
    public const string HeuresConsommees = "S_HEURE_CONSOM_TOT";
    public const string EffectifConsomme = "S_EFF_CONSOM_TOT";
    public const string MontantConsomme = "S_MONTANT_CONSOM_TOT";

    /// <summary>Not in every delivery: optional.</summary>
    public const string RecoursAnterieur = "RECOURS_ANTERIEUR";

    public static IReadOnlyList<string> All { get; } =
    [
        IdDemande, Siret, EffectifEntreprise, Effectif, DateStatut, DateDebut, DateFin, HeuresAutorisees, MontantAutorise,
        EffectifAutorise, MotifRecours, Perimetre, HeuresConsommees, EffectifConsomme, MontantConsomme, RecoursAnterieur,
    ];
}
