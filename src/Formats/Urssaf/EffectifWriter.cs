using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes establishment headcounts in the URSSAF wide layout <see cref="EffectifReader"/> reads: the
/// leading columns, one <c>effAAAAXY</c> column per month given to the constructor (increasing), then
/// base and UR_EMET. Months an event does not carry are empty cells; columns the event does not carry
/// (raison sociale, APE, département, base, UR_EMET) are empty.
/// </summary>
public sealed class EffectifWriter : IPartnerFileWriter<EffectifEtablissement>
{
    private readonly DelimitedLineWriter line;
    private readonly EffectifMonthCells cells;

    public EffectifWriter(TextWriter writer, IReadOnlyList<Month> months)
    {
        cells = new EffectifMonthCells(months);
        line = new DelimitedLineWriter(writer);
        line.WriteLine([.. EffectifColumns.Leading, .. cells.ColumnNames, .. EffectifColumns.Trailing]);
    }

    public void Write(EffectifEtablissement e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Field(e.Compte);
        line.Field(e.Siret);
        line.Empty();
        line.Empty();
        line.Empty();
        cells.Write(line, e.Months);
        line.Empty();
        line.Empty();
        line.EndLine();
    }
}
