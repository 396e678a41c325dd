using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF procédures collectives: a judgment date (<c>Dt_effet</c>, <c>26MAY2014</c>) and a label giving
/// the action and the stage (<see cref="ProcolLabel"/>); an unknown label is rejected as
/// <see cref="RejectCode.UnknownCode"/>. The SIREN comes from the <c>Siren</c> column, or from the SIRET
/// when the file has no such column or leaves it empty; the SIRET may be empty (firm-level judgment).
/// </summary>
public sealed class ProcolReader : DelimitedPartnerReader
{
    public override string Format => "procol";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options)
    {
        var siret = header.IndexOf(ProcolColumns.Siret);
        var siren = header.IndexOf(ProcolColumns.Siren);
        if (siret < 0 && siren < 0)
        {
            header.RequireAny(ProcolColumns.Siret, ProcolColumns.Siren);
        }

        return new Parser(header, siret, siren, options.DeliveredOn);
    }

    private sealed class Parser(HeaderColumns h, int siretIndex, int sirenIndex, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int date = h.Require(ProcolColumns.DateEffet);
        private readonly int libelle = h.Require(ProcolColumns.Libelle);
        private readonly RecentString sirets = new();
        private readonly RecentString sirens = new();

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var dateText = r[date];
            var ok = DateText.TryParseDayMonthNameYear(dateText, out var dateEffet);
            if (!ok)
            {
                rejects.Add(dateText.IsEmpty ? FieldParsing.Missing(ProcolColumns.DateEffet) : FieldParsing.Invalid(RejectCode.InvalidDate, ProcolColumns.DateEffet, dateText, "a date like 26MAY2014"));
            }

            var label = r[libelle];
            if (!ProcolLabel.TryParse(label, out var action, out var stade))
            {
                rejects.Add(label.IsEmpty ? FieldParsing.Missing(ProcolColumns.Libelle) : FieldParsing.Invalid(RejectCode.UnknownCode, ProcolColumns.Libelle, label, "a known stage_action label"));
                ok = false;
            }

            if (!ok)
            {
                return null;
            }

            var siretText = r[siretIndex];
            var sirenText = r[sirenIndex];
            if (sirenText.IsEmpty && siretText.Length >= 9)
            {
                sirenText = siretText[..9];
            }

            return new ProcedureCollective
            {
                Siren = sirens.Get(sirenText),
                Siret = siretText.IsEmpty ? null : sirets.Get(siretText),
                DeliveredOn = deliveredOn,
                DateEffet = dateEffet,
                Action = action,
                Stade = stade,
            };
        }
    }
}
