using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// INSEE Sirene history of établissements (StockEtablissementHistorique): one line per period of an
/// établissement, ',' separated with INSEE column names. Only the administrative state is kept.
/// </summary>
/// <remarks>
/// As the original: a malformed date or change flag rejects the line; a period with neither start nor
/// end, or with an empty administrative state (INSEE leaves it null before the établissement's first
/// state), is filtered out (skipped). Unlike the original, a period without a start date is rejected,
/// because our event requires one (see docs/conformance-dgefp-sirene.md).
/// </remarks>
public sealed class SireneEtablissementPeriodeReader() : DelimitedPartnerReader(SireneCsvRow.Dialect)
{
    private const string DateFin = "dateFin";
    private const string DateDebut = "dateDebut";
    private const string ChangementEtat = "changementEtatAdministratifEtablissement";

    public override string Format => "sirene_histo";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int siret = h.Require("siret");
        private readonly int dateFin = h.Require(DateFin);
        private readonly int dateDebut = h.Require(DateDebut);
        private readonly int etatAdministratif = h.Require("etatAdministratifEtablissement");
        private readonly int changementEtat = h.Require(ChangementEtat);

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var debut = FieldParsing.OptionalIsoDate(r[dateDebut], DateDebut, rejects);
            var fin = FieldParsing.OptionalIsoDate(r[dateFin], DateFin, rejects);
            if (rejects.Count > 0)
            {
                return null;
            }

            var etat = r[etatAdministratif];
            if ((debut is null && fin is null) || etat is not ("A" or "F"))
            {
                return null;
            }

            _ = FieldParsing.GoBoolean(r[changementEtat], ChangementEtat, rejects, out var changement);
            if (debut is null)
            {
                rejects.Add(new Reject(RejectCode.MissingField, DateDebut, "period without a start date"));
            }

            if (rejects.Count > 0 || debut is not { } start)
            {
                return null;
            }

            var siretText = r.Text(siret);
            return new SireneEtablissementPeriode
            {
                Siren = SiretParts.SirenOf(siretText),
                Siret = siretText,
                DeliveredOn = deliveredOn,
                DateDebut = start,
                DateFin = fin,
                EstActif = etat is "A",
                ChangementStatutActif = changement,
            };
        }
    }
}
