using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Dgefp;

/// <summary>
/// Writes activité partielle consumptions in the DGEFP export layout that <see cref="ApConsommationReader"/>
/// reads: ',' separated, text quoted, <c>MOIS</c> as the first day of the month. Header on construction.
/// </summary>
public sealed class ApConsommationWriter : IPartnerFileWriter<ApConsommation>
{
    private readonly DelimitedLineWriter line;

    public ApConsommationWriter(TextWriter output)
    {
        line = new DelimitedLineWriter(output, DelimitedDialect.GoCsv(','));
        line.WriteQuotedLine(ApConsommationColumns.All);
    }

    public void Write(ApConsommation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Quoted(e.IdDemande);
        line.Quoted(e.Siret);
        line.FloatStyle(e.HeuresConsommees);
        line.FloatStyle(e.Montant);
        line.FloatStyle(e.Effectif);
        line.QuotedDate(e.Mois.FirstDay);
        line.EndLine();
    }
}
