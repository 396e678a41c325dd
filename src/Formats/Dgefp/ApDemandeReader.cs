using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Core.NamedColumns;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// DGEFP activité partielle requests ("demandes d'autorisation"): a ',' separated export with quoted text,
/// headcounts written as floats (<c>559.0</c>) and dates sometimes unquoted. One line is one request.
/// </summary>
/// <remarks>
/// Follows the original parser's decisions: every value that is present must parse (else the line is
/// rejected), empty numbers are accepted as missing, quotes are read leniently. Where our event has no
/// "missing" for a figure (authorised hours and amount) an empty value becomes 0. See
/// docs/conformance-dgefp-sirene.md for the deliberate differences.
/// </remarks>
public sealed class ApDemandeReader : IPartnerFileReader
{
    private static readonly NamedColumnSet Layout = new(',', lenientQuotes: true);
    internal static readonly NamedColumn IdDemande = Layout.Required("ID_DA");
    internal static readonly NamedColumn Siret = Layout.Required("ETAB_SIRET");
    internal static readonly NamedColumn EffectifEntreprise = Layout.Required("EFF_ENT");
    internal static readonly NamedColumn Effectif = Layout.Required("EFF_ETAB");
    internal static readonly NamedColumn DateStatut = Layout.Required("DATE_STATUT");
    internal static readonly NamedColumn DateDebut = Layout.Required("DATE_DEB");
    internal static readonly NamedColumn DateFin = Layout.Required("DATE_FIN");
    internal static readonly NamedColumn HeuresAutorisees = Layout.Required("HTA");
    internal static readonly NamedColumn MontantAutorise = Layout.Required("MTA");
    internal static readonly NamedColumn EffectifAutorise = Layout.Required("EFF_AUTO");
    internal static readonly NamedColumn MotifRecours = Layout.Required("MOTIF_RECOURS_SE");
    internal static readonly NamedColumn Perimetre = Layout.Required("PERIMETRE_AP");
    internal static readonly NamedColumn HeuresConsommees = Layout.Required("S_HEURE_CONSOM_TOT");
    internal static readonly NamedColumn EffectifConsomme = Layout.Required("S_EFF_CONSOM_TOT");
    internal static readonly NamedColumn MontantConsomme = Layout.Required("S_MONTANT_CONSOM_TOT");
    internal static readonly NamedColumn RecoursAnterieur = Layout.Optional("RECOURS_ANTERIEUR");

    public string Format => "apdemande";

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default) =>
        NamedColumnsFile.Read(input, Layout, options, report, Parse, cancellationToken);

    private static NamedColumnsOutcome Parse(in NamedColumnsLine line, ReadOptions options)
    {
        var rejects = new List<Reject>(0);
        var siret = line.Text(Siret);
        if (siret.Length == 0)
        {
            rejects.Add(new Reject(RejectCode.MissingField, Siret.Name, "SIRET is empty"));
        }

        // The request id is how later deliveries and consumptions refer to the request: without it the
        // line cannot be corrected or joined, so it is required (the original did not check it).
        var id = line.Text(IdDemande);
        if (id.Length == 0)
        {
            rejects.Add(new Reject(RejectCode.MissingField, IdDemande.Name, "request id is empty"));
        }

        var effectifEntreprise = line.IntFromFloat(EffectifEntreprise, rejects);
        var effectif = line.IntFromFloat(Effectif, rejects);
        var dateStatut = line.Date(DateStatut, rejects);
        var debut = line.Date(DateDebut, rejects, required: true);
        var fin = line.Date(DateFin, rejects, required: true);
        var heuresAutorisees = line.Double(HeuresAutorisees, rejects);
        var montantAutorise = line.Decimal(MontantAutorise, rejects, commaDecimal: true);
        var effectifAutorise = line.IntFromFloat(EffectifAutorise, rejects);
        var motif = line.Int(MotifRecours, rejects);
        var perimetre = line.Int(Perimetre, rejects);
        var heuresConsommees = line.Double(HeuresConsommees, rejects);
        var effectifConsomme = line.IntFromFloat(EffectifConsomme, rejects);
        var montantConsomme = line.Decimal(MontantConsomme, rejects, commaDecimal: true);
        if (rejects.Count > 0 || debut is not { } periodeDebut || fin is not { } periodeFin)
        {
            return NamedColumnsOutcome.Reject(rejects);
        }

        return NamedColumnsOutcome.Accept(new ApDemande
        {
            Siren = DgefpIdentifiers.SirenOf(siret),
            Siret = siret,
            DeliveredOn = options.DeliveredOn,
            IdDemande = id,
            EffectifEntreprise = effectifEntreprise,
            Effectif = effectif,
            DateStatut = dateStatut,
            PeriodeDebut = periodeDebut,
            PeriodeFin = periodeFin,
            HeuresAutorisees = heuresAutorisees ?? 0,
            MontantAutorise = montantAutorise ?? 0,
            EffectifAutorise = effectifAutorise,
            MotifRecours = motif,
            Perimetre = perimetre,
            HeuresConsommees = heuresConsommees,
            MontantConsomme = montantConsomme,
            EffectifConsomme = effectifConsomme,
            RecoursAnterieur = line.OptionalText(RecoursAnterieur),
        });
    }
}
