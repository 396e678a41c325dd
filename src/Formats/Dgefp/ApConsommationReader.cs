using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Core.NamedColumns;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// DGEFP activité partielle consumptions: one line per request and month (<c>MOIS</c>, a date whose month
/// is kept), ',' separated with quoted text. Empty numbers are accepted as 0, as the original accepted
/// them as missing; a number that is present must parse.
/// </summary>
public sealed class ApConsommationReader : IPartnerFileReader
{
    private static readonly NamedColumnSet Layout = new(',');
    internal static readonly NamedColumn IdDemande = Layout.Required("ID_DA");
    internal static readonly NamedColumn Siret = Layout.Required("ETAB_SIRET");
    internal static readonly NamedColumn Heures = Layout.Required("HEURES");
    internal static readonly NamedColumn Montants = Layout.Required("MONTANTS");
    internal static readonly NamedColumn Effectifs = Layout.Required("EFFECTIFS");
    internal static readonly NamedColumn Mois = Layout.Required("MOIS");

    public string Format => "apconso";

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default) =>
        NamedColumnsFile.Read(input, Layout, options, report, Parse, cancellationToken);

    private static NamedColumnsOutcome Parse(in NamedColumnsLine line, ReadOptions options)
    {
        var rejects = new List<Reject>(0);
        var siret = line.Text(Siret);
        var mois = line.Date(Mois, rejects, required: true);
        var heures = line.Double(Heures, rejects);
        var montant = line.Decimal(Montants, rejects);
        var effectif = line.IntFromFloat(Effectifs, rejects);
        if (rejects.Count > 0 || mois is not { } date)
        {
            return NamedColumnsOutcome.Reject(rejects);
        }

        return NamedColumnsOutcome.Accept(new ApConsommation
        {
            Siren = DgefpIdentifiers.SirenOf(siret),
            Siret = siret,
            DeliveredOn = options.DeliveredOn,
            IdDemande = line.Text(IdDemande),
            Mois = Month.From(date),
            HeuresConsommees = heures ?? 0,
            Montant = montant ?? 0,
            Effectif = effectif ?? 0,
        });
    }
}
