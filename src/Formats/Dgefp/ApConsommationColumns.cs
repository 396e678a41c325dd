namespace SignauxFaibles.Formats.Dgefp;

/// <summary>Column names of the DGEFP activité partielle consumption export, in the partner's order.</summary>
public static class ApConsommationColumns
{
    public const string IdDemande = "ID_DA";
    public const string Siret = "ETAB_SIRET";
    public const string Heures = "HEURES";
    public const string Montants = "MONTANTS";
    public const string Effectifs = "EFFECTIFS";

    /// <summary>A date whose month is the month consumed.</summary>
    public const string Mois = "MOIS";

    public static IReadOnlyList<string> All { get; } = [IdDemande, Siret, Heures, Montants, Effectifs, Mois];
}
