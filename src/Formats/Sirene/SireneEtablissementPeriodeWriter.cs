using SignauxFaibles.Domain.Events;
using static SignauxFaibles.Formats.Core.NamedColumns.DelimitedFieldText;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// Writes établissement history periods in the INSEE StockEtablissementHistorique layout that
/// <see cref="SireneEtablissementPeriodeReader"/> reads; only the administrative state columns are filled
/// (the other change flags are written "false").
/// </summary>
public sealed class SireneEtablissementPeriodeWriter
{
    internal static readonly string[] Header =
    [
        "siren", "nic", "siret", "dateFin", "dateDebut", "etatAdministratifEtablissement", "changementEtatAdministratifEtablissement",
        "enseigne1Etablissement", "enseigne2Etablissement", "enseigne3Etablissement", "changementEnseigneEtablissement",
        "denominationUsuelleEtablissement", "changementDenominationUsuelleEtablissement", "activitePrincipaleEtablissement",
        "nomenclatureActivitePrincipaleEtablissement", "changementActivitePrincipaleEtablissement", "caractereEmployeurEtablissement",
        "changementCaractereEmployeurEtablissement",
    ];

    private readonly SireneCsvRow row;

    public SireneEtablissementPeriodeWriter(TextWriter output) => row = new SireneCsvRow(output, Header);

    public void Write(SireneEtablissementPeriode e)
    {
        row.Set("siren", e.Siret.Length >= 9 ? e.Siret[..9] : e.Siret)
            .Set("nic", e.Siret.Length > 9 ? e.Siret[9..] : "")
            .Set("siret", e.Siret)
            .Set("dateFin", Date(e.DateFin))
            .Set("dateDebut", Date(e.DateDebut))
            .Set("etatAdministratifEtablissement", e.EstActif ? "A" : "F")
            .Set("changementEtatAdministratifEtablissement", e.ChangementStatutActif ? "true" : "false")
            .Set("changementEnseigneEtablissement", "false")
            .Set("changementDenominationUsuelleEtablissement", "false")
            .Set("changementActivitePrincipaleEtablissement", "false")
            .Set("changementCaractereEmployeurEtablissement", "false")
            .WriteAndClear();
    }
}
