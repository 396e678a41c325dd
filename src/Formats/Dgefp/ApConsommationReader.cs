using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// DGEFP activité partielle consumptions: one line per request and month (<c>MOIS</c>, a date whose month
/// is kept), ',' separated with quoted text. Empty numbers are accepted as 0, as the original accepted
/// them as missing; a number that is present must parse.
/// </summary>
public sealed class ApConsommationReader() : DelimitedPartnerReader(DelimitedDialect.GoCsv(','))
{
    public override string Format => "apconso";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int idDemande = h.Require(ApConsommationColumns.IdDemande);
        private readonly int siret = h.Require(ApConsommationColumns.Siret);
        private readonly int heures = h.Require(ApConsommationColumns.Heures);
        private readonly int montants = h.Require(ApConsommationColumns.Montants);
        private readonly int effectifs = h.Require(ApConsommationColumns.Effectifs);
        private readonly int mois = h.Require(ApConsommationColumns.Mois);

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            _ = FieldParsing.IsoDate(r[mois], ApConsommationColumns.Mois, rejects, out var date);
            var heuresConsommees = FieldParsing.OptionalDouble(r[heures], ApConsommationColumns.Heures, rejects);
            var montant = FieldParsing.OptionalDecimal(r[montants], ApConsommationColumns.Montants, rejects);
            var effectif = FieldParsing.OptionalFloatAsInt32(r[effectifs], ApConsommationColumns.Effectifs, rejects);
            if (rejects.Count > 0)
            {
                return null;
            }

            var siretText = r.Text(siret);
            return new ApConsommation
            {
                Siren = SiretParts.SirenOf(siretText),
                Siret = siretText,
                DeliveredOn = deliveredOn,
                IdDemande = r.Text(idDemande),
                Mois = Month.From(date),
                HeuresConsommees = heuresConsommees ?? 0,
                Montant = montant ?? 0,
                Effectif = effectif ?? 0,
            };
        }
    }
}
