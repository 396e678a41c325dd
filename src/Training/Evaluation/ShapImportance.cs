using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// Feature importance as mean |SHAP| by explanation group (the five groups plus the context), from the
/// scorer's own TreeSHAP contributions (<see cref="TreeEnsembleScorer.Contributions"/>, the explanation the
/// grain shows), on at most <see cref="MaxRows"/> rows taken evenly along the row set.
/// </summary>
public static class ShapImportance
{
    public const int MaxRows = 20_000;

    public static IReadOnlyList<GroupImportance> ByGroup(TreeEnsembleScorer scorer, int rowCount, Func<int, ReadOnlySpan<float>> featuresOf)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(featuresOf);
        var groups = scorer.Features.Select(f => (int)ExplanationGroups.Of(FeatureSchema.Find(f)!.Group)).ToArray();
        var slots = ExplanationGroups.Waterfall.Count;
        var taken = Math.Min(rowCount, MaxRows);
        var totals = new double[taken, slots];
        Parallel.For(0, taken, k =>
        {
            var i = (int)((long)k * rowCount / taken);
            var row = featuresOf(i);
            var values = new double[row.Length];
            for (var f = 0; f < row.Length; f++)
            {
                values[f] = row[f];
            }

            var contributions = new double[groups.Length];
            scorer.Contributions(values, contributions);
            var sums = new double[slots];
            for (var f = 0; f < groups.Length; f++)
            {
                sums[groups[f]] += contributions[f];
            }

            for (var g = 0; g < slots; g++)
            {
                totals[k, g] = Math.Abs(sums[g]);
            }
        });

        var means = new double[slots];
        for (var k = 0; k < taken; k++)
        {
            for (var g = 0; g < slots; g++)
            {
                means[g] += totals[k, g] / taken;
            }
        }

        var all = means.Sum();
        return
        [
            .. ExplanationGroups.Waterfall.Select(g => new GroupImportance(g.ToString(), g.Label(), means[(int)g], all > 0 ? means[(int)g] / all : 0)),
        ];
    }
}
