using System.Text;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Tests.Support;

namespace SignauxFaibles.Formats.Tests.Dgefp;

/// <summary>Reads small in-memory files for the DGEFP reader tests.</summary>
internal static class DgefpText
{
    public const string ApDemandeHeader =
        "\"ID_DA\",\"ETAB_SIRET\",\"EFF_ENT\",\"EFF_ETAB\",\"DATE_STATUT\",\"DATE_DEB\",\"DATE_FIN\",\"HTA\",\"MTA\",\"EFF_AUTO\","
        + "\"MOTIF_RECOURS_SE\",\"PERIMETRE_AP\",\"S_HEURE_CONSOM_TOT\",\"S_EFF_CONSOM_TOT\",\"S_MONTANT_CONSOM_TOT\",\"RECOURS_ANTERIEUR\"";

    public const string ApConsoHeader = "\"ID_DA\",\"ETAB_SIRET\",\"HEURES\",\"MONTANTS\",\"EFFECTIFS\",\"MOIS\"";

    // A Luhn-valid SIRET (SIREN 542107651), so strict validation accepts the lines built with it.
    public const string Siret = "54210765100011";

    public static (List<ReadResult> Results, FileReport Report) Read(IPartnerFileReader reader, string text, ValidationOptions? validation = null)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return SharedCorpus.Read(reader, stream, "test.csv", validation ?? ValidationOptions.Strict);
    }
}
