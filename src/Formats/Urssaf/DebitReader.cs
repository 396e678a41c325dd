using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// URSSAF débits: one line per operation on an écart négatif. Amounts <c>Mt_PO</c>/<c>Mt_PP</c> are in
/// cents (read as EUR), <c>Periode</c> is an <c>AAAAXY</c> code, <c>Dt_trt_ecn</c> a year-1900 date.
/// The SIREN is the SIRET's first 9 characters (the file's own <c>Siren</c> column is not needed).
/// </summary>
public sealed class DebitReader : DelimitedPartnerReader
{
    public override string Format => "debit";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int compte = h.Require(DebitColumns.Compte);
        private readonly SiretColumn siret = new(h.Require(DebitColumns.Siret));
        private readonly int etatCompte = h.Require(DebitColumns.EtatCompte);
        private readonly int codeProcol = h.Require(DebitColumns.CodeProcedureCollective);
        private readonly int periode = h.Require(DebitColumns.Periode);
        private readonly int numeroEcart = h.Require(DebitColumns.NumeroEcartNegatif);
        private readonly int numeroHistorique = h.Require(DebitColumns.NumeroHistorique);
        private readonly int dateTraitement = h.Require(DebitColumns.DateTraitement);
        private readonly int partOuvriere = h.Require(DebitColumns.PartOuvriere);
        private readonly int partPatronale = h.Require(DebitColumns.PartPatronale);
        private readonly int codeOperation = h.Require(DebitColumns.CodeOperation);
        private readonly int codeMotif = h.Require(DebitColumns.CodeMotif);
        private readonly int recours = h.Require(DebitColumns.Recours);
        private readonly RecentString comptes = new();
        private readonly StringPool codes = new();

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var ok = UrssafCodes.Period(r[periode], DebitColumns.Periode, rejects, out var range);
            ok &= UrssafCodes.Date(r[dateTraitement], DebitColumns.DateTraitement, rejects, out var date);
            ok &= FieldParsing.Cents(r[partOuvriere], DebitColumns.PartOuvriere, rejects, out var po);
            ok &= FieldParsing.Cents(r[partPatronale], DebitColumns.PartPatronale, rejects, out var pp);
            ok &= FieldParsing.Int32(r[numeroHistorique], DebitColumns.NumeroHistorique, rejects, out var historique);
            ok &= FieldParsing.Int32(r[etatCompte], DebitColumns.EtatCompte, rejects, out var etat);
            ok &= FieldParsing.Boolean(r[recours], DebitColumns.Recours, rejects, out var enRecours);
            if (!ok)
            {
                return null;
            }

            var (siretValue, siren) = siret.Read(r);
            return new Debit
            {
                Siren = siren,
                Siret = siretValue,
                DeliveredOn = deliveredOn,
                Compte = comptes.Get(r[compte]),
                NumeroEcartNegatif = codes.Get(r[numeroEcart]),
                NumeroHistorique = historique,
                DateTraitement = date,
                PeriodeDebut = range.Start,
                PeriodeFin = range.EndExclusive,
                PartOuvriere = po,
                PartPatronale = pp,
                EtatCompte = etat,
                CodeProcedureCollective = codes.Get(r[codeProcol]),
                CodeOperationEcartNegatif = codes.Get(r[codeOperation]),
                CodeMotifEcartNegatif = codes.Get(r[codeMotif]),
                RecoursEnCours = enRecours,
            };
        }
    }
}
