using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes firm headcounts in the URSSAF wide layout <see cref="EffectifEntrepriseReader"/> reads:
/// <c>siren</c>, one <c>effAAAAXY</c> column per month given to the constructor, then <c>rais_soc</c> (empty).
/// </summary>
public sealed class EffectifEntrepriseWriter : DelimitedPartnerWriter<EffectifEntreprise>
{
    private readonly EffectifMonthCells cells;

    public EffectifEntrepriseWriter(TextWriter writer, IReadOnlyList<Month> months)
        : this(writer, new EffectifMonthCells(months))
    {
    }

    private EffectifEntrepriseWriter(TextWriter writer, EffectifMonthCells cells)
        : base(new DelimitedLineWriter(writer), [.. EffectifEntrepriseColumns.Leading, .. cells.ColumnNames, .. EffectifEntrepriseColumns.Trailing]) =>
        this.cells = cells;

    protected override void WriteFields(EffectifEntreprise e)
    {
        Line.Field(e.Siren);
        cells.Write(Line, e.Months);
        Line.Empty();
    }
}
