using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// Writes établissements in the layout of the geolocated INSEE stock (all its columns, in its order) that
/// <see cref="SireneEtablissementReader"/> reads. Columns the event does not carry are left empty.
/// </summary>
/// <remarks>
/// The file has no département column: the reader derives it from the commune code, so an event reads
/// back identical only when its <see cref="SireneEtablissement.Departement"/> is that derivation. Street
/// types are written as INSEE codes; a label outside INSEE's list is written as is and reads back as null.
/// </remarks>
public sealed class SireneEtablissementWriter(TextWriter output)
    : DelimitedPartnerWriter<SireneEtablissement>(new DelimitedLineWriter(output, SireneCsvRow.Dialect), Header)
{
    internal static readonly string[] Header =
    [
        "siren", "nic", "siret", "statutDiffusionEtablissement", "dateCreationEtablissement", "trancheEffectifsEtablissement",
        "anneeEffectifsEtablissement", "activitePrincipaleRegistreMetiersEtablissement", "dateDernierTraitementEtablissement",
        "etablissementSiege", "nombrePeriodesEtablissement", "complementAdresseEtablissement", "numeroVoieEtablissement",
        "indiceRepetitionEtablissement", "typeVoieEtablissement", "libelleVoieEtablissement", "codePostalEtablissement",
        "libelleCommuneEtablissement", "libelleCommuneEtrangerEtablissement", "distributionSpecialeEtablissement",
        "codeCommuneEtablissement", "codeCedexEtablissement", "libelleCedexEtablissement", "codePaysEtrangerEtablissement",
        "libellePaysEtrangerEtablissement", "complementAdresse2Etablissement", "numeroVoie2Etablissement",
        "indiceRepetition2Etablissement", "typeVoie2Etablissement", "libelleVoie2Etablissement", "codePostal2Etablissement",
        "libelleCommune2Etablissement", "libelleCommuneEtranger2Etablissement", "distributionSpeciale2Etablissement",
        "codeCommune2Etablissement", "codeCedex2Etablissement", "libelleCedex2Etablissement", "codePaysEtranger2Etablissement",
        "libellePaysEtranger2Etablissement", "dateDebut", "etatAdministratifEtablissement", "enseigne1Etablissement",
        "enseigne2Etablissement", "enseigne3Etablissement", "denominationUsuelleEtablissement", "activitePrincipaleEtablissement",
        "nomenclatureActivitePrincipaleEtablissement", "caractereEmployeurEtablissement", "longitude", "latitude", "geo_score",
        "geo_type", "geo_adresse", "geo_id", "geo_ligne", "geo_l4", "geo_l5",
    ];

    private readonly SireneCsvRow row = new(Header);

    protected override void WriteFields(SireneEtablissement e)
    {
        row.Set("siren", e.Siren)
            .Set("nic", SiretParts.NicOf(e.Siret))
            .Set("siret", e.Siret)
            .Set("statutDiffusionEtablissement", "O")
            .Set("dateCreationEtablissement", e.DateCreation)
            .Set("etablissementSiege", e.Siege)
            .Set("numeroVoieEtablissement", e.NumeroVoie)
            .Set("typeVoieEtablissement", SireneCodes.TypeVoieCode(e.TypeVoie))
            .Set("libelleVoieEtablissement", e.Voie)
            .Set("codePostalEtablissement", e.CodePostal)
            .Set("libelleCommuneEtablissement", e.Commune)
            .Set("codeCommuneEtablissement", e.CodeCommune)
            .Set("codePaysEtrangerEtablissement", e.CodePaysEtranger)
            .Set("etatAdministratifEtablissement", e.EstActif ? "A" : "F")
            .Set("activitePrincipaleEtablissement", e.Ape)
            .Set("nomenclatureActivitePrincipaleEtablissement", e.Ape is null ? null : SireneCodes.NafRev2)
            .Set("longitude", e.Longitude)
            .Set("latitude", e.Latitude)
            .WriteTo(Line);
    }
}
