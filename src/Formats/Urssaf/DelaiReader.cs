using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF délais (payment plans): dates as <c>dd/MM/yyyy</c>, duration in days, total amount in EUR with
/// a decimal point or comma. Empty descriptive fields (dénomination, indicator, year, stage, action) are
/// absent (null).
/// </summary>
public sealed class DelaiReader : DelimitedPartnerReader
{
    public override string Format => "delai";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly SiretColumn siret = new(h.Require(DelaiColumns.Siret));
        private readonly int compte = h.Require(DelaiColumns.Compte);
        private readonly int contentieux = h.Require(DelaiColumns.NumeroContentieux);
        private readonly int creation = h.Require(DelaiColumns.DateCreation);
        private readonly int echeance = h.Require(DelaiColumns.DateEcheance);
        private readonly int duree = h.Require(DelaiColumns.DureeDelai);
        private readonly int denomination = h.Require(DelaiColumns.Denomination);
        private readonly int indic6M = h.Require(DelaiColumns.Indic6M);
        private readonly int anneeCreation = h.Require(DelaiColumns.AnneeCreation);
        private readonly int montant = h.Require(DelaiColumns.MontantEcheancier);
        private readonly int stade = h.Require(DelaiColumns.Stade);
        private readonly int action = h.Require(DelaiColumns.Action);
        private readonly RecentString comptes = new();
        private readonly StringPool codes = new();

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var ok = FieldParsing.DayMonthYear(r[creation], DelaiColumns.DateCreation, rejects, out var dateCreation);
            ok &= FieldParsing.DayMonthYear(r[echeance], DelaiColumns.DateEcheance, rejects, out var dateEcheance);
            ok &= FieldParsing.Int32(r[duree], DelaiColumns.DureeDelai, rejects, out var dureeDelai);
            var annee = FieldParsing.OptionalInt32(r[anneeCreation], DelaiColumns.AnneeCreation, rejects);
            ok &= FieldParsing.Decimal(r[montant], DelaiColumns.MontantEcheancier, rejects, out var montantEcheancier);
            ok &= FieldParsing.Required(r[contentieux], DelaiColumns.NumeroContentieux, rejects);
            if (!ok || rejects.Count > 0)
            {
                return null;
            }

            var (siretValue, siren) = siret.Read(r);
            return new Delai
            {
                Siren = siren,
                Siret = siretValue,
                DeliveredOn = deliveredOn,
                Compte = comptes.Get(r[compte]),
                NumeroContentieux = r[contentieux].ToString(),
                DateCreation = dateCreation,
                DateEcheance = dateEcheance,
                DureeDelai = dureeDelai,
                Denomination = r.OptionalText(denomination),
                Indic6M = OptionalCode(r[indic6M]),
                AnneeCreation = annee,
                MontantEcheancier = montantEcheancier,
                Stade = OptionalCode(r[stade]),
                Action = OptionalCode(r[action]),
            };
        }

        private string? OptionalCode(ReadOnlySpan<char> value) => value.IsEmpty ? null : codes.Get(value);
    }
}
