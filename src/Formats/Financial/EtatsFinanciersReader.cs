using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using C = SignauxFaibles.Formats.Financial.EtatsFinanciersColumns;

namespace SignauxFaibles.Formats.Financial;

/// <summary>
/// Financial statements in our own exchange format (docs/formats/etats-financiers.md): ';' separated,
/// one header line naming every column, one line per statement, EUR with '.' as decimal mark, an empty
/// cell for a missing figure. Every column of the first version of the layout is required in the header, so that a misspelt
/// column name is a fatal error rather than a figure silently missing from every statement; the columns
/// added later (<see cref="EtatsFinanciersColumns.Optional"/>) may be absent.
/// </summary>
public sealed class EtatsFinanciersReader() : DelimitedPartnerReader(FileDialect)
{
    /// <summary>Fields verbatim, quoted fields may hold line breaks, like the partner files read with Go.</summary>
    internal static readonly DelimitedDialect FileDialect = DelimitedDialect.GoCsv(';');

    /// <summary>The column names in the order the writer emits them.</summary>
    internal static IEnumerable<string> ColumnNames => C.All;

    public override string Format => "etats_financiers";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int siren = h.Require(C.Siren);
        private readonly int dateCloture = h.Require(C.DateCloture);
        private readonly int dureeExerciceMois = h.Require(C.DureeExerciceMois);
        private readonly int source = h.Require(C.Source);
        private readonly int chiffreAffaires = h.Require(C.ChiffreAffaires);
        private readonly int excedentBrutExploitation = h.Require(C.ExcedentBrutExploitation);
        private readonly int resultatExploitation = h.Require(C.ResultatExploitation);
        private readonly int valeurAjoutee = h.Require(C.ValeurAjoutee);
        private readonly int chargesPersonnel = h.Require(C.ChargesPersonnel);
        private readonly int capitauxPropres = h.Require(C.CapitauxPropres);
        private readonly int dettes = h.Require(C.Dettes);
        private readonly int besoinFondsRoulement = h.Require(C.BesoinFondsRoulement);
        private readonly int tresorerie = h.Require(C.Tresorerie);
        private readonly int fraisFinanciers = h.Require(C.FraisFinanciers);
        private readonly int capaciteAutofinancement = h.Require(C.CapaciteAutofinancement);
        private readonly int dettesFinancieres = h.Require(C.DettesFinancieres);
        private readonly int dettesFournisseurs = h.Require(C.DettesFournisseurs);
        private readonly int creancesClients = h.Require(C.CreancesClients);
        private readonly int achats = h.Require(C.Achats);
        private readonly int actifCirculant = h.Require(C.ActifCirculant);
        private readonly int dettesCourtTerme = h.Require(C.DettesCourtTerme);
        private readonly int totalBilan = h.Require(C.TotalBilan);
        private readonly int fondsRoulementNetGlobal = h.Require(C.FondsRoulementNetGlobal);
        private readonly int resultatNet = h.Require(C.ResultatNet);
        private readonly int effectif = h.Require(C.Effectif);
        private readonly int stocks = h.IndexOf(C.Stocks);
        private readonly int disponibilites = h.IndexOf(C.Disponibilites);
        private readonly int investissements = h.IndexOf(C.Investissements);
        private readonly int capitalSocial = h.IndexOf(C.CapitalSocial);

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            _ = FieldParsing.IsoDate(r[dateCloture], C.DateCloture, rejects, out var cloture);
            var e = new EtatsFinanciers
            {
                Siren = r.Text(siren),
                DeliveredOn = deliveredOn,
                DateCloture = cloture,
                DureeExerciceMois = FieldParsing.OptionalInt32(r[dureeExerciceMois], C.DureeExerciceMois, rejects) ?? 12,
                Source = r.Text(source),
                ChiffreAffaires = FieldParsing.OptionalDecimal(r[chiffreAffaires], C.ChiffreAffaires, rejects),
                ExcedentBrutExploitation = FieldParsing.OptionalDecimal(r[excedentBrutExploitation], C.ExcedentBrutExploitation, rejects),
                ResultatExploitation = FieldParsing.OptionalDecimal(r[resultatExploitation], C.ResultatExploitation, rejects),
                ValeurAjoutee = FieldParsing.OptionalDecimal(r[valeurAjoutee], C.ValeurAjoutee, rejects),
                ChargesPersonnel = FieldParsing.OptionalDecimal(r[chargesPersonnel], C.ChargesPersonnel, rejects),
                CapitauxPropres = FieldParsing.OptionalDecimal(r[capitauxPropres], C.CapitauxPropres, rejects),
                Dettes = FieldParsing.OptionalDecimal(r[dettes], C.Dettes, rejects),
                BesoinFondsRoulement = FieldParsing.OptionalDecimal(r[besoinFondsRoulement], C.BesoinFondsRoulement, rejects),
                Tresorerie = FieldParsing.OptionalDecimal(r[tresorerie], C.Tresorerie, rejects),
                FraisFinanciers = FieldParsing.OptionalDecimal(r[fraisFinanciers], C.FraisFinanciers, rejects),
                CapaciteAutofinancement = FieldParsing.OptionalDecimal(r[capaciteAutofinancement], C.CapaciteAutofinancement, rejects),
                DettesFinancieres = FieldParsing.OptionalDecimal(r[dettesFinancieres], C.DettesFinancieres, rejects),
                DettesFournisseurs = FieldParsing.OptionalDecimal(r[dettesFournisseurs], C.DettesFournisseurs, rejects),
                CreancesClients = FieldParsing.OptionalDecimal(r[creancesClients], C.CreancesClients, rejects),
                Achats = FieldParsing.OptionalDecimal(r[achats], C.Achats, rejects),
                ActifCirculant = FieldParsing.OptionalDecimal(r[actifCirculant], C.ActifCirculant, rejects),
                DettesCourtTerme = FieldParsing.OptionalDecimal(r[dettesCourtTerme], C.DettesCourtTerme, rejects),
                TotalBilan = FieldParsing.OptionalDecimal(r[totalBilan], C.TotalBilan, rejects),
                FondsRoulementNetGlobal = FieldParsing.OptionalDecimal(r[fondsRoulementNetGlobal], C.FondsRoulementNetGlobal, rejects),
                ResultatNet = FieldParsing.OptionalDecimal(r[resultatNet], C.ResultatNet, rejects),
                Effectif = FieldParsing.OptionalInt32(r[effectif], C.Effectif, rejects),
                Stocks = Optional(r, stocks, C.Stocks, rejects),
                Disponibilites = Optional(r, disponibilites, C.Disponibilites, rejects),
                Investissements = Optional(r, investissements, C.Investissements, rejects),
                CapitalSocial = Optional(r, capitalSocial, C.CapitalSocial, rejects),
            };
            return rejects.Count > 0 ? null : e;
        }

        // A column added after the first version: absent from the header = missing figure.
        private static decimal? Optional(in CsvRecord r, int index, string column, List<Reject> rejects) =>
            index < 0 ? null : FieldParsing.OptionalDecimal(r[index], column, rejects);
    }
}
