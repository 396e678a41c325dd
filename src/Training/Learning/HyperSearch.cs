using System.Collections.Immutable;
using SignauxFaibles.Training.Labels;

namespace SignauxFaibles.Training.Learning;

/// <summary>
/// The small hyper-parameter search (<c>--search N</c>): N candidate settings per boosted learner, the first
/// being the run's own settings and the others drawn without replacement from <see cref="Grid"/> in an
/// order fixed by the seed, each trained on the training rows and scored on the validation rows only
/// (held-out firms, training months: never the out-of-time evaluation window, which
/// <see cref="RequireTrainingMonths"/> enforces). <see cref="Rule"/> picks the kept candidate.
/// </summary>
internal static class HyperSearch
{
    public const string Rule =
        "highest validation AUCPR (average precision) over every learner and candidate; on a tie, the earlier candidate (the run's own settings come first)";

    /// <summary>Leaves per tree tried.</summary>
    public static ImmutableArray<int> Leaves { get; } = [7, 15, 31];

    /// <summary>(trees, learning rate) pairs tried: about the same total shrinkage, fewer or more steps.</summary>
    public static ImmutableArray<(int Trees, double LearningRate)> Boosting { get; } = [(300, 0.05), (150, 0.1), (500, 0.03)];

    /// <summary>Minimum training examples per leaf tried.</summary>
    public static ImmutableArray<int> MinLeaf { get; } = [300, 1000, 3000];

    /// <summary>Class weighting tried (the learners' unbalanced-sets option), for AUCPR.</summary>
    public static ImmutableArray<bool> Unbalanced { get; } = [false, true];

    /// <summary>Every setting the search may draw (the run's seed, threads and withheld features kept).</summary>
    public static IReadOnlyList<LearnerSettings> Grid(LearnerSettings run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return
        [
            .. from leaves in Leaves
               from boosting in Boosting
               from minLeaf in MinLeaf
               from unbalanced in Unbalanced
               select run with
               {
                   Leaves = leaves,
                   Trees = boosting.Trees,
                   LearningRate = boosting.LearningRate,
                   MinLeafExamples = minLeaf,
                   Unbalanced = unbalanced,
               },
        ];
    }

    /// <summary>
    /// The <paramref name="count"/> candidates of a run: its own settings, then grid settings in the order a
    /// <see cref="Random"/> seeded with the learners' seed shuffles them (the run's own settings skipped).
    /// </summary>
    public static IReadOnlyList<LearnerSettings> Candidates(LearnerSettings run, int count)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var grid = Grid(run).Where(s => s != run).ToArray();
        new Random(run.Seed).Shuffle(grid);
        return [run, .. grid.Take(Math.Max(0, count - 1))];
    }

    /// <summary>Throws unless every row of <paramref name="rows"/> is in the training months (the search's data).</summary>
    public static void RequireTrainingMonths(RowSet rows, TrainingWindows windows, string role)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(windows);
        for (var i = 0; i < rows.Count; i++)
        {
            var month = rows.Panel.MonthOf(rows.Rows[i]);
            if (!windows.InTraining(month))
            {
                throw new InvalidOperationException($"the {role} rows of a learner comparison include {month}, outside the training months {windows.TrainFrom}..{windows.TrainTo}");
            }
        }
    }
}
