using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

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
public sealed class SireneEtablissementReader() : DelimitedPartnerReader(SireneCsvRow.Dialect)
{
    private const string Siege = "etablissementSiege";
    private const string Longitude = "longitude";
    private const string Latitude = "latitude";

    public override string Format => "sirene";

    protected override IRecordParser Bind(HeaderColumns header, ReadOptions options) => new Parser(header, options.DeliveredOn);

    private sealed class Parser(HeaderColumns h, DateOnly deliveredOn) : IRecordParser
    {
        private readonly int siren = h.Require("siren");
        private readonly int nic = h.Require("nic");
        private readonly int dateCreation = h.Require("dateCreationEtablissement");
        private readonly int siege = h.Require(Siege);
        private readonly int numeroVoie = h.Require("numeroVoieEtablissement");
        private readonly int typeVoie = h.Require("typeVoieEtablissement");
        private readonly int voie = h.Require("libelleVoieEtablissement");
        private readonly int codePostal = h.Require("codePostalEtablissement");
        private readonly int libelleCommune = h.Require("libelleCommuneEtablissement");
        private readonly int codeCommune = h.Require("codeCommuneEtablissement");
        private readonly int codePaysEtranger = h.Require("codePaysEtrangerEtablissement");
        private readonly int etatAdministratif = h.Require("etatAdministratifEtablissement");
        private readonly int activite = h.Require("activitePrincipaleEtablissement");
        private readonly int nomenclature = h.Require("nomenclatureActivitePrincipaleEtablissement");

        // Added by the geolocated edition of the stock only; the raw INSEE file has no coordinates.
        private readonly int longitude = h.IndexOf(Longitude);
        private readonly int latitude = h.IndexOf(Latitude);

        public FirmEvent? Parse(in CsvRecord r, List<Reject> rejects)
        {
            var ape = r[activite];
            if (!ape.IsEmpty && r[nomenclature] is not SireneCodes.NafRev2)
            {
                return null;
            }

            _ = FieldParsing.GoBoolean(r[siege], Siege, rejects, out var estSiege);
            var x = FieldParsing.OptionalDouble(r[longitude], Longitude, rejects);
            var y = FieldParsing.OptionalDouble(r[latitude], Latitude, rejects);
            if (rejects.Count > 0)
            {
                return null;
            }

            var sirenText = r.Text(siren);
            var commune = r[codeCommune];
            var communeText = SireneCodes.IsCodeCommune(commune) ? commune.ToString() : null;
            var postal = r[codePostal];
            return new SireneEtablissement
            {
                Siren = sirenText,
                Siret = string.Concat(sirenText, r[nic]),
                DeliveredOn = deliveredOn,
                Siege = estSiege,
                Ape = SireneCodes.IsNafSubClass(ape) ? ape.ToString() : null,
                DateCreation = DateText.ParseIsoOrNull(r[dateCreation]),
                EstActif = SireneCodes.IsActive(r[etatAdministratif]),
                Departement = communeText is null ? null : SireneCodes.DepartementOf(communeText),
                CodeCommune = communeText,
                CodePostal = SireneCodes.IsCodePostal(postal) ? postal.ToString() : null,
                Commune = r.OptionalText(libelleCommune),
                NumeroVoie = r.OptionalText(numeroVoie),
                TypeVoie = SireneCodes.TypeVoieLabel(r.Text(typeVoie)),
                Voie = r.OptionalText(voie),
                Longitude = x,
                Latitude = y,
                CodePaysEtranger = r.OptionalText(codePaysEtranger),
            };
        }
    }
}
