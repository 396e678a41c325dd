using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Core.NamedColumns;

namespace SignauxFaibles.Formats.Financial;

/// <summary>
/// Financial statements in our own exchange format (docs/formats/etats-financiers.md): ';' separated,
/// one header line naming every column, one line per statement, EUR with '.' as decimal mark, an empty
/// cell for a missing figure. Every column of the layout is required in the header, so that a misspelt
/// column name is a fatal error rather than a figure silently missing from every statement.
/// </summary>
public sealed class EtatsFinanciersReader : IPartnerFileReader
{
    private static readonly NamedColumnSet Layout = new(';');
    internal static readonly NamedColumn Siren = Layout.Required("siren");
    internal static readonly NamedColumn DateCloture = Layout.Required("date_cloture");
    internal static readonly NamedColumn DureeExerciceMois = Layout.Required("duree_exercice_mois");
    internal static readonly NamedColumn Source = Layout.Required("source");
    internal static readonly NamedColumn ChiffreAffaires = Layout.Required("chiffre_affaires");
    internal static readonly NamedColumn ExcedentBrutExploitation = Layout.Required("excedent_brut_exploitation");
    internal static readonly NamedColumn ResultatExploitation = Layout.Required("resultat_exploitation");
    internal static readonly NamedColumn ValeurAjoutee = Layout.Required("valeur_ajoutee");
    internal static readonly NamedColumn ChargesPersonnel = Layout.Required("charges_personnel");
    internal static readonly NamedColumn CapitauxPropres = Layout.Required("capitaux_propres");
    internal static readonly NamedColumn Dettes = Layout.Required("dettes");
    internal static readonly NamedColumn BesoinFondsRoulement = Layout.Required("besoin_fonds_roulement");
    internal static readonly NamedColumn Tresorerie = Layout.Required("tresorerie");
    internal static readonly NamedColumn FraisFinanciers = Layout.Required("frais_financiers");
    internal static readonly NamedColumn CapaciteAutofinancement = Layout.Required("capacite_autofinancement");
    internal static readonly NamedColumn DettesFinancieres = Layout.Required("dettes_financieres");
    internal static readonly NamedColumn DettesFournisseurs = Layout.Required("dettes_fournisseurs");
    internal static readonly NamedColumn CreancesClients = Layout.Required("creances_clients");
    internal static readonly NamedColumn Achats = Layout.Required("achats");
    internal static readonly NamedColumn ActifCirculant = Layout.Required("actif_circulant");
    internal static readonly NamedColumn DettesCourtTerme = Layout.Required("dettes_court_terme");
    internal static readonly NamedColumn TotalBilan = Layout.Required("total_bilan");
    internal static readonly NamedColumn FondsRoulementNetGlobal = Layout.Required("fonds_roulement_net_global");
    internal static readonly NamedColumn ResultatNet = Layout.Required("resultat_net");
    internal static readonly NamedColumn Effectif = Layout.Required("effectif");

    /// <summary>The column names in the order the writer emits them.</summary>
    internal static IEnumerable<string> ColumnNames => Layout.Columns.Select(c => c.Name);

    public string Format => "etats_financiers";

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default) =>
        NamedColumnsFile.Read(input, Layout, options, report, Parse, cancellationToken);

    private static NamedColumnsOutcome Parse(in NamedColumnsLine line, ReadOptions options)
    {
        var rejects = new List<Reject>(0);
        var dateCloture = line.Date(DateCloture, rejects, required: true);
        var duree = line.Int(DureeExerciceMois, rejects);
        var e = new EtatsFinanciers
        {
            Siren = line.Text(Siren),
            DeliveredOn = options.DeliveredOn,
            DateCloture = dateCloture ?? default,
            DureeExerciceMois = duree ?? 12,
            Source = line.Text(Source),
            ChiffreAffaires = line.Decimal(ChiffreAffaires, rejects),
            ExcedentBrutExploitation = line.Decimal(ExcedentBrutExploitation, rejects),
            ResultatExploitation = line.Decimal(ResultatExploitation, rejects),
            ValeurAjoutee = line.Decimal(ValeurAjoutee, rejects),
            ChargesPersonnel = line.Decimal(ChargesPersonnel, rejects),
            CapitauxPropres = line.Decimal(CapitauxPropres, rejects),
            Dettes = line.Decimal(Dettes, rejects),
            BesoinFondsRoulement = line.Decimal(BesoinFondsRoulement, rejects),
            Tresorerie = line.Decimal(Tresorerie, rejects),
            FraisFinanciers = line.Decimal(FraisFinanciers, rejects),
            CapaciteAutofinancement = line.Decimal(CapaciteAutofinancement, rejects),
            DettesFinancieres = line.Decimal(DettesFinancieres, rejects),
            DettesFournisseurs = line.Decimal(DettesFournisseurs, rejects),
            CreancesClients = line.Decimal(CreancesClients, rejects),
            Achats = line.Decimal(Achats, rejects),
            ActifCirculant = line.Decimal(ActifCirculant, rejects),
            DettesCourtTerme = line.Decimal(DettesCourtTerme, rejects),
            TotalBilan = line.Decimal(TotalBilan, rejects),
            FondsRoulementNetGlobal = line.Decimal(FondsRoulementNetGlobal, rejects),
            ResultatNet = line.Decimal(ResultatNet, rejects),
            Effectif = line.Int(Effectif, rejects),
        };
        return rejects.Count > 0 ? NamedColumnsOutcome.Reject(rejects) : NamedColumnsOutcome.Accept(e);
    }
}
