using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// Writes activité partielle consumptions in the DGEFP export layout that <see cref="ApConsommationReader"/>
/// reads: ',' separated, text quoted, <c>MOIS</c> as the first day of the month. Header on construction.
/// </summary>
public sealed class ApConsommationWriter(TextWriter output)
    : DelimitedPartnerWriter<ApConsommation>(new DelimitedLineWriter(output, DelimitedDialect.GoCsv(',')), ApConsommationColumns.All, quotedHeader: true)
{
    protected override void WriteFields(ApConsommation e)
    {
        Line.Quoted(e.IdDemande);
        Line.Quoted(e.Siret);
        Line.FloatStyle(e.HeuresConsommees);
        Line.FloatStyle(e.Montant);
        Line.FloatStyle(e.Effectif);
        Line.QuotedDate(e.Mois.FirstDay);
    }
}
