using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Core.NamedColumns;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// INSEE Sirene history of établissements (StockEtablissementHistorique): one line per period of an
/// établissement, ',' separated with INSEE column names. Only the administrative state is kept.
/// </summary>
/// <remarks>
/// As the original: a malformed date or change flag rejects the line; a period with neither start nor
/// end, or with an empty administrative state (INSEE leaves it null before the établissement's first
/// state), is filtered out (skipped). Unlike the original, a period without a start date is rejected,
/// because our event requires one (see docs/conformance-dgefp-sirene.md).
/// </remarks>
public sealed class SireneEtablissementPeriodeReader : IPartnerFileReader
{
    private static readonly NamedColumnSet Layout = new(',');
    internal static readonly NamedColumn Siret = Layout.Required("siret");
    internal static readonly NamedColumn DateFin = Layout.Required("dateFin");
    internal static readonly NamedColumn DateDebut = Layout.Required("dateDebut");
    internal static readonly NamedColumn EtatAdministratif = Layout.Required("etatAdministratifEtablissement");
    internal static readonly NamedColumn ChangementEtat = Layout.Required("changementEtatAdministratifEtablissement");

    public string Format => "sirene_histo";

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default) =>
        NamedColumnsFile.Read(input, Layout, options, report, Parse, cancellationToken);

    private static NamedColumnsOutcome Parse(in NamedColumnsLine line, ReadOptions options)
    {
        var rejects = new List<Reject>(0);
        var debut = line.Date(DateDebut, rejects);
        var fin = line.Date(DateFin, rejects);
        if (rejects.Count > 0)
        {
            return NamedColumnsOutcome.Reject(rejects);
        }

        var etat = line.Text(EtatAdministratif);
        if ((debut is null && fin is null) || etat is not ("A" or "F"))
        {
            return NamedColumnsOutcome.Skip;
        }

        var changement = line.Bool(ChangementEtat, rejects);
        if (debut is null)
        {
            rejects.Add(new Reject(RejectCode.MissingField, DateDebut.Name, "period without a start date"));
        }

        if (rejects.Count > 0 || debut is not { } dateDebut || changement is not { } changementStatut)
        {
            return NamedColumnsOutcome.Reject(rejects);
        }

        var siret = line.Text(Siret);
        return NamedColumnsOutcome.Accept(new SireneEtablissementPeriode
        {
            Siren = siret.Length >= 9 ? siret[..9] : siret,
            Siret = siret,
            DeliveredOn = options.DeliveredOn,
            DateDebut = dateDebut,
            DateFin = fin,
            EstActif = etat == "A",
            ChangementStatutActif = changementStatut,
        });
    }
}
