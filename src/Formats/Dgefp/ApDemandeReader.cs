using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// DGEFP activité partielle requests ("demandes d'autorisation"): a ',' separated export with quoted text,
/// headcounts written as floats (<c>559.0</c>) and dates sometimes unquoted. One line is one request.
/// </summary>
/// <remarks>
/// Follows the original parser's decisions: every value that is present must parse (else the line is
/// rejected), empty numbers are accepted as missing, quotes are read leniently (the export leaves bare
/// quotes inside fields). Where our event has no "missing" for a figure (authorised hours and amount) an
/// empty value becomes 0. See docs/conformance-dgefp-sirene.md for the deliberate differences.
/// </remarks>
public sealed class ApDemandeReader() : DelimitedPartnerReader(DelimitedDialect.GoCsv(',', QuoteMode.Lenient))
{
    public override string Format => "apdemande";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int idDemande = h.Require(ApDemandeColumns.IdDemande);
        private readonly int siret = h.Require(ApDemandeColumns.Siret);
        private readonly int effectifEntreprise = h.Require(ApDemandeColumns.EffectifEntreprise);
        private readonly int effectif = h.Require(ApDemandeColumns.Effectif);
        private readonly int dateStatut = h.Require(ApDemandeColumns.DateStatut);
        private readonly int dateDebut = h.Require(ApDemandeColumns.DateDebut);
        private readonly int dateFin = h.Require(ApDemandeColumns.DateFin);
        private readonly int heuresAutorisees = h.Require(ApDemandeColumns.HeuresAutorisees);
        private readonly int montantAutorise = h.Require(ApDemandeColumns.MontantAutorise);
        private readonly int effectifAutorise = h.Require(ApDemandeColumns.EffectifAutorise);
        private readonly int motifRecours = h.Require(ApDemandeColumns.MotifRecours);
        private readonly int perimetre = h.Require(ApDemandeColumns.Perimetre);
        private readonly int heuresConsommees = h.Require(ApDemandeColumns.HeuresConsommees);
        private readonly int effectifConsomme = h.Require(ApDemandeColumns.EffectifConsomme);
        private readonly int montantConsomme = h.Require(ApDemandeColumns.MontantConsomme);
        private readonly int recoursAnterieur = h.IndexOf(ApDemandeColumns.RecoursAnterieur);

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var siretText = r.Text(siret);
            if (siretText.Length == 0)
            {
                rejects.Add(new Reject(RejectCode.MissingField, ApDemandeColumns.Siret, "SIRET is empty"));
            }

            // The request id is how later deliveries and consumptions refer to the request: without it the
            // line cannot be corrected or joined, so it is required (the original did not check it).
            var id = r.Text(idDemande);
            if (id.Length == 0)
            {
                rejects.Add(new Reject(RejectCode.MissingField, ApDemandeColumns.IdDemande, "request id is empty"));
            }

            _ = FieldParsing.IsoDate(r[dateDebut], ApDemandeColumns.DateDebut, rejects, out var debut);
            _ = FieldParsing.IsoDate(r[dateFin], ApDemandeColumns.DateFin, rejects, out var fin);
            var e = new ApDemande
            {
                Siren = SiretParts.SirenOf(siretText),
                Siret = siretText,
                DeliveredOn = deliveredOn,
                IdDemande = id,
                EffectifEntreprise = FieldParsing.OptionalFloatAsInt32(r[effectifEntreprise], ApDemandeColumns.EffectifEntreprise, rejects),
                Effectif = FieldParsing.OptionalFloatAsInt32(r[effectif], ApDemandeColumns.Effectif, rejects),
                DateStatut = FieldParsing.OptionalIsoDate(r[dateStatut], ApDemandeColumns.DateStatut, rejects),
                PeriodeDebut = debut,
                PeriodeFin = fin,
                HeuresAutorisees = FieldParsing.OptionalDouble(r[heuresAutorisees], ApDemandeColumns.HeuresAutorisees, rejects) ?? 0,
                MontantAutorise = FieldParsing.OptionalDecimal(r[montantAutorise], ApDemandeColumns.MontantAutorise, rejects, acceptComma: true) ?? 0,
                EffectifAutorise = FieldParsing.OptionalFloatAsInt32(r[effectifAutorise], ApDemandeColumns.EffectifAutorise, rejects),
                MotifRecours = FieldParsing.OptionalInt32(r[motifRecours], ApDemandeColumns.MotifRecours, rejects),
                Perimetre = FieldParsing.OptionalInt32(r[perimetre], ApDemandeColumns.Perimetre, rejects),
                HeuresConsommees = FieldParsing.OptionalDouble(r[heuresConsommees], ApDemandeColumns.HeuresConsommees, rejects),
                EffectifConsomme = FieldParsing.OptionalFloatAsInt32(r[effectifConsomme], ApDemandeColumns.EffectifConsomme, rejects),
                MontantConsomme = FieldParsing.OptionalDecimal(r[montantConsomme], ApDemandeColumns.MontantConsomme, rejects, acceptComma: true),
                RecoursAnterieur = r.OptionalText(recoursAnterieur),
            };

            return rejects.Count > 0 ? null : e;
        }
    }
}
