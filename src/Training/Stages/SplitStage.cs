using System.Collections.Immutable;
using System.Diagnostics;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training.Stages;

/// <summary>
/// Stage 2: labels and split. Train rows (train firms, training months), validation rows (held-out firms,
/// training months), evaluation rows (held-out firms, evaluation window) and the evaluation months after a
/// judgment, kept apart; with a hazard file, the evaluation and validation rows the simulator's oracle scores.
/// </summary>
internal static class SplitStage
{

    public static SplitRows Split(TrainingOptions options, FeaturePanel panel, TrainingWindows windows, StageLog log, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var (train, validation, evaluation, after) = Select(panel, windows);
        if (options.HazardFile is not { } hazardFile)
        {
            return new SplitRows(train, validation, evaluation, after, null);
        }

        var clock = Stopwatch.StartNew();
        progress?.Report(new TrainingProgress("oracle", 0, hazardFile));
        var holdout = panel.Firms.Where(f => f.Holdout).Select(f => f.Siren).ToHashSet(StringComparer.Ordinal);
        var replayFrom = windows.EvalFrom.AddMonths(-EvaluateStage.ReplayMonths);
        var oracle = OracleHazards.Read(hazardFile, (s, m) => (windows.InTraining(m) || (m >= replayFrom && m <= windows.EvalTo)) && holdout.Contains(s), cancellationToken);
        var before = evaluation.Count;
        (evaluation, var oracleEval) = WithOracle(evaluation, oracle);
        var (validationOracleRows, oracleValidation) = WithOracle(validation, oracle);
        if (evaluation.Count < before)
        {
            log.Notes.Add($"{before - evaluation.Count:N0} of {before:N0} evaluation firm-months have no oracle probability (the simulator had the firm closed or not in bonis) and were left out of every scorer's evaluation");
        }

        log.Timings["oracle"] = clock.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress("oracle", 1, $"{oracle.Count:N0} oracle firm-months"));
        return new SplitRows(train, validation, evaluation, after, new OracleRows(oracleEval, validationOracleRows, oracleValidation, oracle));
    }

    /// <summary>Rows of the panel for training (train firms), validation (held-out firms, training months) and evaluation.</summary>
    public static (RowSet Train, RowSet Validation, RowSet Evaluation, RowSet SignauxForts) Select(FeaturePanel panel, TrainingWindows windows)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(windows);
        var sets = Enumerable.Range(0, 4).Select(_ => (Rows: new List<int>(), Labels: new List<bool>())).ToArray();
        for (var r = 0; r < panel.Count; r++)
        {
            var firm = panel.FirmOf(r);
            var month = panel.MonthOf(r);
            var standing = panel.StandingOf(r);
            var signalFort = TargetRule.IsSignalFort(standing);
            int set;
            bool label;
            if (windows.InTraining(month))
            {
                if (signalFort)
                {
                    continue;
                }

                set = firm.Holdout ? 1 : 0;
                label = TargetRule.Label(month, firm.Openings);
            }
            else if (windows.InEvaluation(month) && firm.Holdout)
            {
                set = signalFort ? 3 : 2;
                label = signalFort ? TargetRule.LabelSignalFort(month, firm.Openings, standing) : TargetRule.Label(month, firm.Openings);
            }
            else
            {
                continue;
            }

            sets[set].Rows.Add(r);
            sets[set].Labels.Add(label);
        }

        var result = sets.Select(s => new RowSet(panel, [.. s.Rows], [.. s.Labels])).ToArray();
        return (result[0], result[1], result[2], result[3]);
    }

    private static (RowSet Rows, ImmutableArray<double> Oracle) WithOracle(RowSet rows, OracleHazards oracle)
    {
        var kept = new List<int>();
        var labels = new List<bool>();
        var p = ImmutableArray.CreateBuilder<double>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows.Rows[i];
            if (oracle.TryGet(rows.Panel.FirmOf(r).Siren, rows.Panel.MonthOf(r), out var p18))
            {
                kept.Add(r);
                labels.Add(rows.Labels[i]);
                p.Add(p18);
            }
        }

        return (new RowSet(rows.Panel, [.. kept], [.. labels]), p.ToImmutable());
    }
}

/// <summary>The rows of a run, by role; <see cref="Oracle"/> when a hazard file was given.</summary>
internal sealed record SplitRows(RowSet Train, RowSet Validation, RowSet Evaluation, RowSet AfterJudgment, OracleRows? Oracle);

/// <summary>
/// The oracle's probabilities on the evaluation rows, and on the validation rows it scores (<see cref="ValidationRows"/>);
/// <see cref="Hazards"/> for the months the alert levels are replayed on.
/// </summary>
internal sealed record OracleRows(ImmutableArray<double> Evaluation, RowSet ValidationRows, ImmutableArray<double> Validation, OracleHazards Hazards);
