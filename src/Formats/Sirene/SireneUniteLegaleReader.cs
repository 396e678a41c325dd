using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Sirene;

/// <summary>
/// INSEE Sirene stock of unités légales (StockUniteLegale): ',' separated with INSEE column names.
/// The raison sociale is the dénomination; for a natural person (entreprise individuelle) it is empty and
/// the name is carried by <see cref="SireneUniteLegale.NomUniteLegale"/> and
/// <see cref="SireneUniteLegale.PrenomUniteLegale"/>. An unreadable creation date is dropped, not rejected.
/// A line whose activity is in another nomenclature than NAF rev. 2 is filtered out (skipped).
/// </summary>
public sealed class SireneUniteLegaleReader() : DelimitedPartnerReader(SireneCsvRow.Dialect)
{
    public override string Format => "sirene_ul";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int siren = h.Require("siren");
        private readonly int dateCreation = h.Require("dateCreationUniteLegale");
        private readonly int prenom1 = h.Require("prenom1UniteLegale");
        private readonly int etatAdministratif = h.Require("etatAdministratifUniteLegale");
        private readonly int nom = h.Require("nomUniteLegale");
        private readonly int denomination = h.Require("denominationUniteLegale");
        private readonly int categorieJuridique = h.Require("categorieJuridiqueUniteLegale");
        private readonly int activite = h.Require("activitePrincipaleUniteLegale");
        private readonly int nomenclature = h.Require("nomenclatureActivitePrincipaleUniteLegale");

        // Not in every edition of the stock (NAF 2025 appeared in 2025): optional.
        private readonly int activiteNaf25 = h.IndexOf("activitePrincipaleNAF25UniteLegale");
        private readonly int sigle = h.IndexOf("sigleUniteLegale");
        private readonly int nicSiege = h.IndexOf("nicSiegeUniteLegale");

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var ape = r[activite];
            if (!ape.IsEmpty && r[nomenclature] is not SireneCodes.NafRev2)
            {
                return null;
            }

            return new SireneUniteLegale
            {
                Siren = r.Text(siren),
                DeliveredOn = deliveredOn,
                RaisonSociale = r.Text(denomination),
                NomUniteLegale = r.OptionalText(nom),
                PrenomUniteLegale = r.OptionalText(prenom1),
                CategorieJuridique = r.OptionalText(categorieJuridique),
                Ape = SireneCodes.IsNafSubClass(ape) ? ape.ToString() : null,
                ApeNaf25 = r.OptionalText(activiteNaf25),
                DateCreation = DateText.ParseIsoOrNull(r[dateCreation]),
                EstActif = SireneCodes.IsActive(r[etatAdministratif]),
                NicSiege = r.OptionalText(nicSiege),
                Sigle = r.OptionalText(sigle),
            };
        }
    }
}
