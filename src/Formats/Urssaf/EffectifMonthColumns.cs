using System.Collections.Immutable;
using System.Runtime.InteropServices;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;

namespace SignauxFaibles.Formats.Urssaf;

/// <summary>
/// The month columns of the wide URSSAF headcount files: one column <c>effAAAAXY</c> (or <c>effAAXY</c>)
/// per month. Other columns (raison sociale, APE, département, base, UR_EMET...) are ignored. Reads one
/// line's cells into months in increasing order; an empty cell is a month without headcount.
/// </summary>
internal sealed class EffectifMonthColumns
{
    public const string Prefix = "eff";

    private readonly int[] indices;
    private readonly Month[] months;
    private readonly string[] names;
    private readonly MonthlyHeadcount[] scratch;

    private EffectifMonthColumns(int[] indices, Month[] months, string[] names)
    {
        this.indices = indices;
        this.months = months;
        this.names = names;
        scratch = new MonthlyHeadcount[months.Length];
    }

    /// <summary>Finds the month columns; null, with the header failed, when there is none or a month repeats.</summary>
    public static EffectifMonthColumns? Bind(HeaderColumns header)
    {
        var found = new List<(Month Month, int Index, string Name)>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header.Names[i];
            if (name.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
                && UrssafCodes.TryParsePeriod(name.AsSpan(Prefix.Length), out var range)
                && range.Length == 1)
            {
                found.Add((range.Start, i, name));
            }
        }

        if (found.Count == 0)
        {
            header.Fail($"{Reject.ToSnakeCase(RejectCode.MissingColumn)}: no month column {Prefix}AAAAXY in header");
            return null;
        }

        found.Sort((a, b) => a.Month.CompareTo(b.Month));
        for (var i = 1; i < found.Count; i++)
        {
            if (found[i].Month == found[i - 1].Month)
            {
                header.Fail($"columns {found[i - 1].Name} and {found[i].Name} are the same month {found[i].Month}");
                return null;
            }
        }

        return new EffectifMonthColumns([.. found.Select(f => f.Index)], [.. found.Select(f => f.Month)], [.. found.Select(f => f.Name)]);
    }

    /// <summary>The headcounts of one line; false with rejects added when a cell is not a headcount.</summary>
    public bool TryRead(in CsvRecord record, List<Reject> rejects, out ImmutableArray<MonthlyHeadcount> headcounts)
    {
        var count = 0;
        var ok = true;
        for (var i = 0; i < indices.Length; i++)
        {
            var cell = record[indices[i]];
            if (cell.IsEmpty)
            {
                continue;
            }

            if (NumberText.TryParseHeadcount(cell, out var effectif))
            {
                scratch[count++] = new MonthlyHeadcount(months[i], effectif);
            }
            else
            {
                rejects.Add(FieldParsing.Invalid(RejectCode.InvalidNumber, names[i], cell, "a headcount"));
                ok = false;
            }
        }

        headcounts = ok ? ImmutableCollectionsMarshal.AsImmutableArray(scratch.AsSpan(0, count).ToArray()) : default;
        return ok;
    }
}
