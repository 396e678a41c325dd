using SignauxFaibles.Domain.Events;
using static SignauxFaibles.Formats.Core.NamedColumns.DelimitedFieldText;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// Writes activité partielle requests in the DGEFP export layout that <see cref="ApDemandeReader"/> reads:
/// ',' separated, CRLF, every text and date quoted, numbers unquoted with headcounts as floats.
/// The header is written on construction, so even an empty delivery is a readable file.
/// </summary>
public sealed class ApDemandeWriter
{
    private const string Header =
        "\"ID_DA\",\"ETAB_SIRET\",\"EFF_ENT\",\"EFF_ETAB\",\"DATE_STATUT\",\"DATE_DEB\",\"DATE_FIN\",\"HTA\",\"MTA\",\"EFF_AUTO\","
        + "\"MOTIF_RECOURS_SE\",\"PERIMETRE_AP\",\"S_HEURE_CONSOM_TOT\",\"S_EFF_CONSOM_TOT\",\"S_MONTANT_CONSOM_TOT\",\"RECOURS_ANTERIEUR\"";

    private readonly TextWriter output;

    public ApDemandeWriter(TextWriter output)
    {
        this.output = output;
        output.Write(Header);
        output.Write("\r\n");
    }

    public void Write(ApDemande e)
    {
        string[] fields =
        [
            Quoted(e.IdDemande),
            Quoted(e.Siret),
            FloatStyle(e.EffectifEntreprise),
            FloatStyle(e.Effectif),
            Quoted(Date(e.DateStatut)),
            Quoted(Date(e.PeriodeDebut)),
            Quoted(Date(e.PeriodeFin)),
            FloatStyle(e.HeuresAutorisees),
            FloatStyle(e.MontantAutorise),
            FloatStyle(e.EffectifAutorise),
            Quoted(Number(e.MotifRecours)),
            Quoted(Number(e.Perimetre)),
            FloatStyle(e.HeuresConsommees),
            FloatStyle(e.EffectifConsomme),
            FloatStyle(e.MontantConsomme),
            Quoted(e.RecoursAnterieur),
        ];
        output.Write(string.Join(',', fields));
        output.Write("\r\n");
    }
}
