using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF CCSF plan events: a year-1900 treatment date, a stage (DEBUT/REFUS/APPROB/FIN/REJ, checked by
/// the validator) and an action (CCSF when left empty).
/// </summary>
public sealed class CcsfReader : DelimitedPartnerReader
{
    public override string Format => "ccsf";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly SiretColumn siret = new(h.Require(CcsfColumns.Siret));
        private readonly int compte = h.Require(CcsfColumns.Compte);
        private readonly int date = h.Require(CcsfColumns.DateTraitement);
        private readonly int stade = h.Require(CcsfColumns.Stade);
        private readonly int action = h.Require(CcsfColumns.Action);
        private readonly RecentString comptes = new();
        private readonly StringPool codes = new();

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            if (!UrssafCodes.Date(r[date], CcsfColumns.DateTraitement, rejects, out var dateTraitement))
            {
                return null;
            }

            var (siretValue, siren) = siret.Read(r);
            var actionText = r[action];
            return new Ccsf
            {
                Siren = siren,
                Siret = siretValue,
                DeliveredOn = deliveredOn,
                Compte = comptes.Get(r[compte]),
                DateTraitement = dateTraitement,
                Stade = codes.Get(r[stade]),
                Action = actionText.IsEmpty ? "CCSF" : codes.Get(actionText),
            };
        }
    }
}
