using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// Writes firm headcounts in the URSSAF wide layout <see cref="EffectifEntrepriseReader"/> reads:
/// <c>siren</c>, one <c>effAAAAXY</c> column per month given to the constructor, then <c>rais_soc</c> (empty).
/// </summary>
public sealed class EffectifEntrepriseWriter : IPartnerFileWriter<EffectifEntreprise>
{
    private readonly DelimitedLineWriter line;
    private readonly EffectifMonthCells cells;

    public EffectifEntrepriseWriter(TextWriter writer, IReadOnlyList<Month> months)
    {
        cells = new EffectifMonthCells(months);
        line = new DelimitedLineWriter(writer);
        line.WriteLine([.. EffectifEntrepriseColumns.Leading, .. cells.ColumnNames, .. EffectifEntrepriseColumns.Trailing]);
    }

    public void Write(EffectifEntreprise e)
    {
        ArgumentNullException.ThrowIfNull(e);
        line.Field(e.Siren);
        cells.Write(line, e.Months);
        line.Empty();
        line.EndLine();
    }
}
