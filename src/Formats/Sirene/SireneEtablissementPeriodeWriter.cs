using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// Writes établissement history periods in the INSEE StockEtablissementHistorique layout that
/// <see cref="SireneEtablissementPeriodeReader"/> reads; only the administrative state columns are filled
/// (the other change flags are written "false").
/// </summary>
public sealed class SireneEtablissementPeriodeWriter(TextWriter output)
    : DelimitedPartnerWriter<SireneEtablissementPeriode>(new DelimitedLineWriter(output, SireneCsvRow.Dialect), Header)
{
    internal static readonly string[] Header =
    [
        "siren", "nic", "siret", "dateFin", "dateDebut", "etatAdministratifEtablissement", "changementEtatAdministratifEtablissement",
        "enseigne1Etablissement", "enseigne2Etablissement", "enseigne3Etablissement", "changementEnseigneEtablissement",
        "denominationUsuelleEtablissement", "changementDenominationUsuelleEtablissement", "activitePrincipaleEtablissement",
        "nomenclatureActivitePrincipaleEtablissement", "changementActivitePrincipaleEtablissement", "caractereEmployeurEtablissement",
        "changementCaractereEmployeurEtablissement",
    ];

    private readonly SireneCsvRow row = new(Header);

    protected override void WriteFields(SireneEtablissementPeriode e)
    {
        row.Set("siren", SiretParts.SirenOf(e.Siret))
            .Set("nic", SiretParts.NicOf(e.Siret))
            .Set("siret", e.Siret)
            .Set("dateFin", e.DateFin)
            .Set("dateDebut", e.DateDebut)
            .Set("etatAdministratifEtablissement", e.EstActif ? "A" : "F")
            .Set("changementEtatAdministratifEtablissement", e.ChangementStatutActif)
            .Set("changementEnseigneEtablissement", "false")
            .Set("changementDenominationUsuelleEtablissement", "false")
            .Set("changementActivitePrincipaleEtablissement", "false")
            .Set("changementCaractereEmployeurEtablissement", "false")
            .WriteTo(Line);
    }
}
