using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// Writes unités légales in the INSEE StockUniteLegale layout (all its columns, in its order) that
/// <see cref="SireneUniteLegaleReader"/> reads; a closed unit is written with état "C".
/// </summary>
public sealed class SireneUniteLegaleWriter(TextWriter output)
    : DelimitedPartnerWriter<SireneUniteLegale>(new DelimitedLineWriter(output, SireneCsvRow.Dialect), Header)
{
    internal static readonly string[] Header =
    [
        "siren", "statutDiffusionUniteLegale", "unitePurgeeUniteLegale", "dateCreationUniteLegale", "sigleUniteLegale",
        "sexeUniteLegale", "prenom1UniteLegale", "prenom2UniteLegale", "prenom3UniteLegale", "prenom4UniteLegale",
        "prenomUsuelUniteLegale", "pseudonymeUniteLegale", "identifiantAssociationUniteLegale", "trancheEffectifsUniteLegale",
        "anneeEffectifsUniteLegale", "dateDernierTraitementUniteLegale", "nombrePeriodesUniteLegale", "categorieEntreprise",
        "anneeCategorieEntreprise", "dateDebut", "etatAdministratifUniteLegale", "nomUniteLegale", "nomUsageUniteLegale",
        "denominationUniteLegale", "denominationUsuelle1UniteLegale", "denominationUsuelle2UniteLegale",
        "denominationUsuelle3UniteLegale", "categorieJuridiqueUniteLegale", "activitePrincipaleUniteLegale",
        "nomenclatureActivitePrincipaleUniteLegale", "activitePrincipaleNAF25UniteLegale", "nicSiegeUniteLegale",
        "economieSocialeSolidaireUniteLegale", "caractereEmployeurUniteLegale",
    ];

    private readonly SireneCsvRow row = new(Header);

    protected override void WriteFields(SireneUniteLegale e)
    {
        row.Set("siren", e.Siren)
            .Set("statutDiffusionUniteLegale", "O")
            .Set("dateCreationUniteLegale", e.DateCreation)
            .Set("sigleUniteLegale", e.Sigle)
            .Set("prenom1UniteLegale", e.PrenomUniteLegale)
            .Set("etatAdministratifUniteLegale", e.EstActif ? "A" : "C")
            .Set("nomUniteLegale", e.NomUniteLegale)
            .Set("denominationUniteLegale", e.RaisonSociale)
            .Set("categorieJuridiqueUniteLegale", e.CategorieJuridique)
            .Set("activitePrincipaleUniteLegale", e.Ape)
            .Set("nomenclatureActivitePrincipaleUniteLegale", e.Ape is null ? null : SireneCodes.NafRev2)
            .Set("activitePrincipaleNAF25UniteLegale", e.ApeNaf25)
            .Set("nicSiegeUniteLegale", e.NicSiege)
            .WriteTo(Line);
    }
}
