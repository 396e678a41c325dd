using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Core.NamedColumns;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// INSEE Sirene stock of unités légales (StockUniteLegale): ',' separated with INSEE column names.
/// The raison sociale is the dénomination; for a natural person (entreprise individuelle) it is empty and
/// the name is carried by <see cref="SireneUniteLegale.NomUniteLegale"/> and
/// <see cref="SireneUniteLegale.PrenomUniteLegale"/>. An unreadable creation date is dropped, not rejected.
/// A line whose activity is in another nomenclature than NAF rev. 2 is filtered out (skipped).
/// </summary>
public sealed class SireneUniteLegaleReader : IPartnerFileReader
{
    private static readonly NamedColumnSet Layout = new(',');
    internal static readonly NamedColumn Siren = Layout.Required("siren");
    internal static readonly NamedColumn DateCreation = Layout.Required("dateCreationUniteLegale");
    internal static readonly NamedColumn Prenom1 = Layout.Required("prenom1UniteLegale");
    internal static readonly NamedColumn EtatAdministratif = Layout.Required("etatAdministratifUniteLegale");
    internal static readonly NamedColumn Nom = Layout.Required("nomUniteLegale");
    internal static readonly NamedColumn Denomination = Layout.Required("denominationUniteLegale");
    internal static readonly NamedColumn CategorieJuridique = Layout.Required("categorieJuridiqueUniteLegale");
    internal static readonly NamedColumn Activite = Layout.Required("activitePrincipaleUniteLegale");
    internal static readonly NamedColumn Nomenclature = Layout.Required("nomenclatureActivitePrincipaleUniteLegale");

    // Not in every edition of the stock (NAF 2025 appeared in 2025): optional.
    internal static readonly NamedColumn ActiviteNaf25 = Layout.Optional("activitePrincipaleNAF25UniteLegale");
    internal static readonly NamedColumn Sigle = Layout.Optional("sigleUniteLegale");
    internal static readonly NamedColumn NicSiege = Layout.Optional("nicSiegeUniteLegale");

    public string Format => "sirene_ul";

    public IEnumerable<ReadResult> Read(Stream input, ReadOptions options, FileReport report, CancellationToken cancellationToken = default) =>
        NamedColumnsFile.Read(input, Layout, options, report, Parse, cancellationToken);

    private static NamedColumnsOutcome Parse(in NamedColumnsLine line, ReadOptions options)
    {
        var activite = line.Text(Activite);
        if (activite.Length > 0 && line.Text(Nomenclature) != SireneCodes.NafRev2)
        {
            return NamedColumnsOutcome.Skip;
        }

        return NamedColumnsOutcome.Accept(new SireneUniteLegale
        {
            Siren = line.Text(Siren),
            DeliveredOn = options.DeliveredOn,
            RaisonSociale = line.Text(Denomination),
            NomUniteLegale = line.OptionalText(Nom),
            PrenomUniteLegale = line.OptionalText(Prenom1),
            CategorieJuridique = line.OptionalText(CategorieJuridique),
            Ape = SireneCodes.IsNafSubClass(activite) ? activite : null,
            ApeNaf25 = line.OptionalText(ActiviteNaf25),
            DateCreation = line.LenientDate(DateCreation),
            EstActif = SireneCodes.IsActive(line.Text(EtatAdministratif)),
            NicSiege = line.OptionalText(NicSiege),
            Sigle = line.OptionalText(Sigle),
        });
    }
}
