using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Core.NamedColumns;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// INSEE Sirene stock of établissements (StockEtablissement, geolocated version): ',' separated with a header
/// of INSEE column names. The SIRET is siren + nic. The département is derived from the commune code, and
/// codes that do not have their INSEE shape are dropped rather than rejected, as the original did.
/// </summary>
/// <remarks>
/// A line whose activity is coded in another nomenclature than NAF rev. 2 is filtered out (counted as
/// skipped). A siège flag that is not a boolean or a coordinate that is not a number rejects the line.
/// </remarks>
public sealed class SireneEtablissementReader : IPartnerFileReader
{
    private static readonly NamedColumnSet Layout = new(',');
    internal static readonly NamedColumn Siren = Layout.Required("siren");
    internal static readonly NamedColumn Nic = Layout.Required("nic");
    internal static readonly NamedColumn DateCreation = Layout.Required("dateCreationEtablissement");
    internal static readonly NamedColumn Siege = Layout.Required("etablissementSiege");
    internal static readonly NamedColumn NumeroVoie = Layout.Required("numeroVoieEtablissement");
    internal static readonly NamedColumn TypeVoie = Layout.Required("typeVoieEtablissement");
    internal static readonly NamedColumn Voie = Layout.Required("libelleVoieEtablissement");
    internal static readonly NamedColumn CodePostal = Layout.Required("codePostalEtablissement");
    internal static readonly NamedColumn Commune = Layout.Required("libelleCommuneEtablissement");
    internal static readonly NamedColumn CodeCommune = Layout.Required("codeCommuneEtablissement");
    internal static readonly NamedColumn CodePaysEtranger = Layout.Required("codePaysEtrangerEtablissement");
    internal static readonly NamedColumn EtatAdministratif = Layout.Required("etatAdministratifEtablissement");
    internal static readonly NamedColumn Activite = Layout.Required("activitePrincipaleEtablissement");
    internal static readonly NamedColumn Nomenclature = Layout.Required("nomenclatureActivitePrincipaleEtablissement");

    // Added by the geolocated edition of the stock only; the raw INSEE file has no coordinates.
    internal static readonly NamedColumn Longitude = Layout.Optional("longitude");
    internal static readonly NamedColumn Latitude = Layout.Optional("latitude");

    public string Format => "sirene";

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default) =>
        NamedColumnsFile.Read(input, Layout, options, report, Parse, cancellationToken);

    private static NamedColumnsOutcome Parse(in NamedColumnsLine line, ReadOptions options)
    {
        var activite = line.Text(Activite);
        if (activite.Length > 0 && line.Text(Nomenclature) != SireneCodes.NafRev2)
        {
            return NamedColumnsOutcome.Skip;
        }

        var rejects = new List<Reject>(0);
        var siege = line.Bool(Siege, rejects);
        var longitude = line.Double(Longitude, rejects);
        var latitude = line.Double(Latitude, rejects);
        if (rejects.Count > 0)
        {
            return NamedColumnsOutcome.Reject(rejects);
        }

        var siren = line.Text(Siren);
        var codeCommune = line.Text(CodeCommune);
        var hasCommune = SireneCodes.IsCodeCommune(codeCommune);
        var codePostal = line.Text(CodePostal);
        return NamedColumnsOutcome.Accept(new SireneEtablissement
        {
            Siren = siren,
            Siret = siren + line.Text(Nic),
            DeliveredOn = options.DeliveredOn,
            Siege = siege ?? false,
            Ape = SireneCodes.IsNafSubClass(activite) ? activite : null,
            DateCreation = line.LenientDate(DateCreation),
            EstActif = SireneCodes.IsActive(line.Text(EtatAdministratif)),
            Departement = hasCommune ? SireneCodes.DepartementOf(codeCommune) : null,
            CodeCommune = hasCommune ? codeCommune : null,
            CodePostal = SireneCodes.IsCodePostal(codePostal) ? codePostal : null,
            Commune = line.OptionalText(Commune),
            NumeroVoie = line.OptionalText(NumeroVoie),
            TypeVoie = SireneCodes.TypeVoieLabel(line.Text(TypeVoie)),
            Voie = line.OptionalText(Voie),
            Longitude = longitude,
            Latitude = latitude,
            CodePaysEtranger = line.OptionalText(CodePaysEtranger),
        });
    }
}
