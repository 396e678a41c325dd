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
public sealed class EffectifWriter : DelimitedPartnerWriter<EffectifEtablissement>
{
    private readonly EffectifMonthCells cells;

    public EffectifWriter(TextWriter writer, IReadOnlyList<Month> months)
        : this(writer, new EffectifMonthCells(months))
    {
    }

    private EffectifWriter(TextWriter writer, EffectifMonthCells cells)
        : base(new DelimitedLineWriter(writer), [.. EffectifColumns.Leading, .. cells.ColumnNames, .. EffectifColumns.Trailing]) =>
        this.cells = cells;

    protected override void WriteFields(EffectifEtablissement e)
    {
        Line.Field(e.Compte);
        Line.Field(e.Siret);
        Line.Empty();
        Line.Empty();
        Line.Empty();
        cells.Write(Line, e.Months);
        Line.Empty();
        Line.Empty();
    }
}
