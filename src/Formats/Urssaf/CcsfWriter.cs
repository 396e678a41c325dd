using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>Writes CCSF events in the URSSAF native layout <see cref="CcsfReader"/> reads (year-1900 dates).</summary>
public sealed class CcsfWriter(TextWriter writer) : DelimitedPartnerWriter<Ccsf>(new DelimitedLineWriter(writer), CcsfColumns.All)
{
    protected override void WriteFields(Ccsf e)
    {
        Line.Empty();
        Line.Empty();
        Line.Field(e.Siret);
        Line.Field(e.Compte);
        Line.UrssafDate(e.DateTraitement, nameof(e.DateTraitement));
        Line.Field(e.Stade);
        Line.Field(e.Action);
    }
}
