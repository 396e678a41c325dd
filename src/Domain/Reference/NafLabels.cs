using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SignauxFaibles.Domain.Reference;

/// <summary>
/// The labels of an APE code at each NAF rev. 2 level, from the section to the sous-classe (domain.md §2,
/// reference data). Sections come from <see cref="NafNomenclature"/>; the four lower levels from the INSEE
/// files embedded in this assembly (<c>Reference/data/naf2..naf5.csv</c>), read once on first use.
/// </summary>
public static class NafLabels
{
    private static readonly Lazy<FrozenDictionary<string, string>> Labels = new(Load);

    /// <summary>
    /// The levels of <paramref name="ape"/> ("25.62B", "2562B", "25.62" or "25"), from the section down to
    /// the most precise level the code gives; levels the nomenclature does not know are left out. Empty
    /// when the code has no known division.
    /// </summary>
    public static ImmutableArray<NafLevel> Of(string? ape)
    {
        if (NafNomenclature.SectionOf(ape) is not { } section)
        {
            return [];
        }

        var compact = Compact(ape!);
        var levels = ImmutableArray.CreateBuilder<NafLevel>(5);
        var s = section.ToString();
        levels.Add(new NafLevel("section", s, NafNomenclature.Sections[s]));
        Add(levels, "division", compact, 2, c => c);
        Add(levels, "groupe", compact, 3, c => $"{c[..2]}.{c[2..]}");
        Add(levels, "classe", compact, 4, c => $"{c[..2]}.{c[2..]}");
        Add(levels, "sous_classe", compact, 5, c => $"{c[..2]}.{c[2..]}");
        return levels.ToImmutable();
    }

    /// <summary>The label of the most precise known level of <paramref name="ape"/>, or null.</summary>
    public static string? LabelOf(string? ape) => Of(ape) is { IsEmpty: false } levels ? levels[^1].Libelle : null;

    private static void Add(ImmutableArray<NafLevel>.Builder levels, string niveau, string compact, int length, Func<string, string> display)
    {
        if (compact.Length >= length && Labels.Value.TryGetValue(compact[..length], out var label))
        {
            levels.Add(new NafLevel(niveau, display(compact[..length]), label));
        }
    }

    // "25.62B" -> "2562B": the files key on codes without the dot.
    private static string Compact(string ape) => ape.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    private static FrozenDictionary<string, string> Load()
    {
        var labels = new Dictionary<string, string>(1800, StringComparer.Ordinal);
        foreach (var level in (ReadOnlySpan<int>)[2, 3, 4, 5])
        {
            // "code";"label", read through the one reader of the vendored tables.
            foreach (var row in ReferenceTable.Rows($"naf{level}.csv"))
            {
                if (row.Length >= 2 && row[0].Length > 0)
                {
                    labels[row[0]] = row[1];
                }
            }
        }

        return labels.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
