using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF cotisations: the amount due (<c>cotis_due</c>, EUR) and collected directly (<c>enc_direct</c>)
/// for a period code (<c>periode</c>, AAAAXY or AAXY) of an establishment account.
/// </summary>
public sealed class CotisationReader : DelimitedPartnerReader
{
    public override string Format => "cotisation";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly SiretColumn siret = new(h.Require(CotisationColumns.Siret));
        private readonly int compte = h.Require(CotisationColumns.Compte);
        private readonly int periode = h.Require(CotisationColumns.Periode);
        private readonly int encaisse = h.Require(CotisationColumns.EncaisseDirect);
        private readonly int du = h.Require(CotisationColumns.CotisationDue);
        private readonly RecentString comptes = new();

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var ok = UrssafCodes.Period(r[periode], CotisationColumns.Periode, rejects, out var range);
            ok &= FieldParsing.Decimal(r[du], CotisationColumns.CotisationDue, rejects, out var montantDu);

            // Nothing collected directly is often left blank: read as zero, unlike the amount due.
            var encaisseText = r[encaisse];
            var montantEncaisse = 0m;
            if (!encaisseText.IsEmpty)
            {
                ok &= FieldParsing.Decimal(encaisseText, CotisationColumns.EncaisseDirect, rejects, out montantEncaisse);
            }

            if (!ok)
            {
                return null;
            }

            var (siretValue, siren) = siret.Read(r);
            return new Cotisation
            {
                Siren = siren,
                Siret = siretValue,
                DeliveredOn = deliveredOn,
                Compte = comptes.Get(r[compte]),
                PeriodeDebut = range.Start,
                PeriodeFin = range.EndExclusive,
                Du = montantDu,
                Encaisse = montantEncaisse,
            };
        }
    }
}
