using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// Writes activité partielle requests in the DGEFP export layout that <see cref="ApDemandeReader"/> reads:
/// ',' separated, CRLF, every text and date quoted, numbers unquoted with headcounts as floats.
/// The header is written on construction, so even an empty delivery is a readable file.
/// </summary>
public sealed class ApDemandeWriter : IPartnerFileWriter<ApDemande>
{
    private readonly DelimitedLineWriter line;

    public ApDemandeWriter(TextWriter output)
    {
        line = new DelimitedLineWriter(output, DelimitedDialect.GoCsv(','), "\r\n");
        line.WriteQuotedLine(ApDemandeColumns.All);
    }

    public void Write(ApDemande e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Quoted(e.IdDemande);
        line.Quoted(e.Siret);
        line.FloatStyle(e.EffectifEntreprise);
        line.FloatStyle(e.Effectif);
        line.QuotedDate(e.DateStatut);
        line.QuotedDate(e.PeriodeDebut);
        line.QuotedDate(e.PeriodeFin);
        line.FloatStyle(e.HeuresAutorisees);
        line.FloatStyle(e.MontantAutorise);
        line.FloatStyle(e.EffectifAutorise);
        line.Quoted(e.MotifRecours);
        line.Quoted(e.Perimetre);
        line.FloatStyle(e.HeuresConsommees);
        line.FloatStyle(e.EffectifConsomme);
        line.FloatStyle(e.MontantConsomme);
        line.Quoted(e.RecoursAnterieur);
        line.EndLine();
    }
}
