namespace SignauxFaibles.Formats.Financial;

/// <summary>Column names of the financial statements exchange format (docs/formats/etats-financiers.md), in file order.</summary>
public static class EtatsFinanciersColumns
{
    public const string Siren = "siren";
    public const string DateCloture = "date_cloture";
    public const string DureeExerciceMois = "duree_exercice_mois";
    public const string Source = "source";
    public const string ChiffreAffaires = "chiffre_affaires";
    public const string ExcedentBrutExploitation = "excedent_brut_exploitation";
    public const string ResultatExploitation = "resultat_exploitation";
    public const string ValeurAjoutee = "valeur_ajoutee";
    public const string ChargesPersonnel = "charges_personnel";
    public const string CapitauxPropres = "capitaux_propres";
    public const string Dettes = "dettes";
    public const string BesoinFondsRoulement = "besoin_fonds_roulement";
    public const string Tresorerie = "tresorerie";
    public const string FraisFinanciers = "frais_financiers";
    public const string CapaciteAutofinancement = "capacite_autofinancement";
    public const string DettesFinancieres = "dettes_financieres";
    public const string DettesFournisseurs = "dettes_fournisseurs";
    public const string CreancesClients = "creances_clients";
    public const string Achats = "achats";
    public const string ActifCirculant = "actif_circulant";
    public const string DettesCourtTerme = "dettes_court_terme";
    public const string TotalBilan = "total_bilan";
    public const string FondsRoulementNetGlobal = "fonds_roulement_net_global";
    public const string ResultatNet = "resultat_net";
    public const string Effectif = "effectif";
    public const string Stocks = "stocks";
    public const string Disponibilites = "disponibilites";
    public const string Investissements = "investissements";
    public const string CapitalSocial = "capital_social";

    /// <summary>Columns added after the first version of the format: a file without them still reads (figures missing).</summary>
    public static IReadOnlyList<string> Optional { get; } = [Stocks, Disponibilites, Investissements, CapitalSocial];

    public static IReadOnlyList<string> All { get; } =
    [
        Siren, DateCloture, DureeExerciceMois, Source, ChiffreAffaires, ExcedentBrutExploitation, ResultatExploitation,
        ValeurAjoutee, ChargesPersonnel, CapitauxPropres, Dettes, BesoinFondsRoulement, Tresorerie, FraisFinanciers,
        CapaciteAutofinancement, DettesFinancieres, DettesFournisseurs, CreancesClients, Achats, ActifCirculant,
        DettesCourtTerme, TotalBilan, FondsRoulementNetGlobal, ResultatNet, Effectif, Stocks, Disponibilites, Investissements,
        CapitalSocial,
    ];
}
