using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF establishment headcounts, the wide file: one line per establishment account, one column
/// <c>effAAAAXY</c> per month. Each line gives one <see cref="EffectifEtablissement"/> carrying the months
/// whose cell is filled (leading zeros and thousands spaces allowed).
/// </summary>
public sealed class EffectifReader : DelimitedPartnerReader
{
    public override string Format => "effectif";

    protected override IRecordParser? Bind(HeaderColumns header, ReadOptions options)
    {
        var siret = header.Require(EffectifColumns.Siret);
        var compte = header.Require(EffectifColumns.Compte);
        var months = EffectifMonthColumns.Bind(header);
        return months is null ? null : new Parser(new SiretColumn(siret), compte, months, options.DeliveredOn);
    }

    private sealed class Parser(SiretColumn siret, int compte, EffectifMonthColumns months, DateOnly deliveredOn) : IRecordParser
    {
        private readonly RecentString comptes = new();

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            if (!months.TryRead(r, rejects, out var headcounts))
            {
                return null;
            }

            var (siretValue, siren) = siret.Read(r);
            return new EffectifEtablissement
            {
                Siren = siren,
                Siret = siretValue,
                DeliveredOn = deliveredOn,
                Compte = comptes.Get(r[compte]),
                Months = headcounts,
            };
        }
    }
}
