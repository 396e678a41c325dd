using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes procédures collectives in the URSSAF native layout <see cref="ProcolReader"/> reads:
/// <c>26MAY2014</c> dates and <c>Stage_action</c> labels. Cat_v2 is left empty.
/// </summary>
public sealed class ProcolWriter(TextWriter writer) : DelimitedPartnerWriter<ProcedureCollective>(new DelimitedLineWriter(writer), ProcolColumns.All)
{
    protected override void WriteFields(ProcedureCollective e)
    {
        var label = ProcolLabel.Format(e.Action, e.Stade);
        Line.Field(e.Siret);
        Line.Field(e.Siren);
        Line.Commit(DateText.FormatDayMonthNameYear(e.DateEffet, Line.Reserve(9)));
        Line.Empty();
        Line.Field(label);
    }
}
