using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using C = SignauxFaibles.Formats.Suppliers.PaiementsFournisseursColumns;

namespace SignauxFaibles.Formats.Suppliers;

/// <summary>
/// Supplier payment behaviour, one line per firm and month (docs/formats/paiements-fournisseurs.md): ';'
/// separated UTF-8, one header line naming every column, the month as <c>yyyy-MM</c>, numbers with '.' as
/// decimal mark. Every cell is required: a month with no invoice observed is written with zeros.
/// </summary>
public sealed class PaiementsFournisseursReader() : DelimitedPartnerReader(FileDialect)
{
    internal static readonly DelimitedDialect FileDialect = DelimitedDialect.GoCsv(';');

    /// <summary>The column names in the order the writer emits them.</summary>
    internal static IEnumerable<string> ColumnNames => C.All;

    public override string Format => "paiements_fournisseurs";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int siren = h.Require(C.Siren);
        private readonly int mois = h.Require(C.Mois);
        private readonly int nombreFactures = h.Require(C.NombreFactures);
        private readonly int montantFactures = h.Require(C.MontantFactures);
        private readonly int retardMoyenJours = h.Require(C.RetardMoyenJours);
        private readonly int fpi30 = h.Require(C.Fpi30);
        private readonly int fpi90 = h.Require(C.Fpi90);
        private readonly int montantRetard30 = h.Require(C.MontantRetard30);
        private readonly int montantRetard90 = h.Require(C.MontantRetard90);

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var month = ParseMonth(r[mois], rejects);
            var count = FieldParsing.Required(r[nombreFactures], C.NombreFactures, rejects)
                ? FieldParsing.OptionalInt32(r[nombreFactures], C.NombreFactures, rejects) : null;
            var e = new PaiementsFournisseurs
            {
                Siren = r.Text(siren),
                DeliveredOn = deliveredOn,
                Mois = month ?? default,
                NombreFactures = count ?? 0,
                MontantFactures = Number(r[montantFactures], C.MontantFactures, rejects),
                RetardMoyenJours = Number(r[retardMoyenJours], C.RetardMoyenJours, rejects),
                Fpi30 = Number(r[fpi30], C.Fpi30, rejects),
                Fpi90 = Number(r[fpi90], C.Fpi90, rejects),
                MontantRetard30 = Number(r[montantRetard30], C.MontantRetard30, rejects),
                MontantRetard90 = Number(r[montantRetard90], C.MontantRetard90, rejects),
            };
            return rejects.Count > 0 ? null : e;
        }

        private static Month? ParseMonth(ReadOnlySpan<char> value, List<Reject> rejects)
        {
            if (!FieldParsing.Required(value, C.Mois, rejects))
            {
                return null;
            }

            if (value.Length == 7 && Month.TryParse(value, out var month))
            {
                return month;
            }

            rejects.Add(FieldParsing.Invalid(RejectCode.InvalidPeriod, C.Mois, value, "a yyyy-MM month"));
            return null;
        }

        private static decimal Number(ReadOnlySpan<char> value, string field, List<Reject> rejects) =>
            FieldParsing.Required(value, field, rejects) ? FieldParsing.OptionalDecimal(value, field, rejects) ?? 0 : 0;
    }
}
