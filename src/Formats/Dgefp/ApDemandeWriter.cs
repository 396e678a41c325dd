using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// Writes activité partielle requests in the DGEFP export layout that <see cref="ApDemandeReader"/> reads:
/// ',' separated, CRLF, every text and date quoted, numbers unquoted with headcounts as floats.
/// The header is written on construction, so even an empty delivery is a readable file.
/// </summary>
public sealed class ApDemandeWriter(TextWriter output)
    : DelimitedPartnerWriter<ApDemande>(new DelimitedLineWriter(output, DelimitedDialect.GoCsv(','), "\r\n"), ApDemandeColumns.All, quotedHeader: true)
{
    protected override void WriteFields(ApDemande e)
    {
        Line.Quoted(e.IdDemande);
        Line.Quoted(e.Siret);
        Line.FloatStyle(e.EffectifEntreprise);
        Line.FloatStyle(e.Effectif);
        Line.QuotedDate(e.DateStatut);
        Line.QuotedDate(e.PeriodeDebut);
        Line.QuotedDate(e.PeriodeFin);
        Line.FloatStyle(e.HeuresAutorisees);
        Line.FloatStyle(e.MontantAutorise);
        Line.FloatStyle(e.EffectifAutorise);
        Line.Quoted(e.MotifRecours);
        Line.Quoted(e.Perimetre);
        Line.FloatStyle(e.HeuresConsommees);
        Line.FloatStyle(e.EffectifConsomme);
        Line.FloatStyle(e.MontantConsomme);
        Line.Quoted(e.RecoursAnterieur);
    }
}
