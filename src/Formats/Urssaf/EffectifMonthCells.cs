using System.Collections.Immutable;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>The month columns a headcount writer was given, and how one event fills them.</summary>
internal sealed class EffectifMonthCells
{
    private readonly Month[] months;

    public EffectifMonthCells(IReadOnlyList<Month> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count == 0)
        {
            throw new ArgumentException("a headcount file needs at least one month column", nameof(months));
        }

        for (var i = 1; i < months.Count; i++)
        {
            if (months[i] <= months[i - 1])
            {
                throw new ArgumentException($"month columns must be increasing: {months[i]} after {months[i - 1]}", nameof(months));
            }
        }

        this.months = [.. months];
        ColumnNames = [.. this.months.Select(m => EffectifMonthColumns.Prefix + UrssafPeriod.Format(m))];
    }

    public IReadOnlyList<string> ColumnNames { get; }

    /// <summary>Writes one cell per month column; every month of the event must be one of the columns.</summary>
    public void Write(DelimitedLineWriter line, ImmutableArray<MonthlyHeadcount> headcounts)
    {
        var k = 0;
        var count = headcounts.IsDefault ? 0 : headcounts.Length;
        foreach (var month in months)
        {
            if (k < count && headcounts[k].Month == month)
            {
                line.Field(headcounts[k].Effectif);
                k++;
            }
            else if (k < count && headcounts[k].Month < month)
            {
                break;
            }
            else
            {
                line.Empty();
            }
        }

        if (k < count)
        {
            line.DiscardLine();
            throw new ArgumentException($"month {headcounts[k].Month} is not a column of this file (or months are not increasing)", nameof(headcounts));
        }
    }
}
