using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes procédures collectives in the URSSAF native layout <see cref="ProcolReader"/> reads:
/// <c>26MAY2014</c> dates and <c>Stage_action</c> labels. Cat_v2 is left empty.
/// </summary>
public sealed class ProcolWriter : IPartnerFileWriter<ProcedureCollective>
{
    private readonly DelimitedLineWriter line;

    public ProcolWriter(TextWriter writer)
    {
        line = new DelimitedLineWriter(writer);
        line.WriteLine(ProcolColumns.All);
    }

    public void Write(ProcedureCollective e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var label = ProcolLabel.Format(e.Action, e.Stade);
        line.Field(e.Siret);
        line.Field(e.Siren);
        line.Commit(DateText.FormatDayMonthNameYear(e.DateEffet, line.Reserve(9)));
        line.Empty();
        line.Field(label);
        line.EndLine();
    }
}
