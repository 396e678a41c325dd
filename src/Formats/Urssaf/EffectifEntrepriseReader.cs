using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF firm headcounts (<c>effectif_ent</c>), the wide file at SIREN level: one line per firm, one
/// column <c>effAAAAXY</c> per month, giving one <see cref="EffectifEntreprise"/> per line.
/// </summary>
public sealed class EffectifEntrepriseReader : DelimitedPartnerReader
{
    public override string Format => "effectif_ent";

    protected override IRecordParser? Bind(HeaderColumns header, ReadOptions options)
    {
        var siren = header.Require(EffectifEntrepriseColumns.Siren);
        var months = EffectifMonthColumns.Bind(header);
        return months is null ? null : new Parser(siren, months, options.DeliveredOn);
    }

    private sealed class Parser(int siren, EffectifMonthColumns months, DateOnly deliveredOn) : IRecordParser
    {
        private readonly RecentString sirens = new();

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            if (!months.TryRead(r, rejects, out var headcounts))
            {
                return null;
            }

            return new EffectifEntreprise
            {
                Siren = sirens.Get(r[siren]),
                DeliveredOn = deliveredOn,
                Months = headcounts,
            };
        }
    }
}
