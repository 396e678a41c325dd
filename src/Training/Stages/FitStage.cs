using System.Globalization;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Learning;

namespace SignauxFaibles.Training.Stages;

/// <summary>
/// Stages 3 and 4: each learner trained and compared on validation AUCPR (a learner this machine cannot run
/// is reported, not fatal), the best one kept, and the alert thresholds chosen on its validation scores.
/// </summary>
internal static class FitStage
{
    public const string ThresholdRule = "red (risque élevé) = the score maximising F0.5 on validation, orange (risque modéré) = the score maximising F2; alert when score >= threshold";

    public static FitResult Fit(TrainingOptions options, SplitRows rows, StageLog log, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var (train, validation) = (rows.Train, rows.Validation);
        if (!options.Settings.WithheldFeatures.IsDefaultOrEmpty)
        {
            log.Notes.Add($"withheld from the learners (given as missing, so no tree uses them): {string.Join(", ", options.Settings.WithheldFeatures)}");
        }

        var comparisons = new List<(TrainedLearner? Learner, LearnerComparison Row, double[]? Scores)>();
        foreach (var kind in options.Learners)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new TrainingProgress($"train {kind}", 0, $"{train.Count:N0} rows, {train.Positives:N0} positive"));
            try
            {
                var learner = Learners.Train(kind, options.Settings, train, cancellationToken);
                var scorer = new TreeEnsembleScorer(new ModelVersion("candidate", new AlertThresholds(0.2, 0.1, 0), ""), learner.Ensemble);
                var scores = EvaluateStage.Score(validation, scorer);
                log.Timings[$"train_{kind}"] = learner.Elapsed.TotalSeconds;
                comparisons.Add((learner, new LearnerComparison(learner.Description, learner.Elapsed.TotalSeconds,
                    Metrics.RocAuc(scores, validation.Labels), Metrics.AveragePrecision(scores, validation.Labels), false, null), scores));
            }
            catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException or NotSupportedException)
            {
                comparisons.Add((null, new LearnerComparison(options.Settings.Describe(kind), 0, double.NaN, double.NaN, false,
                    $"could not train: {ex.GetType().Name}: {ex.Message}"), null));
                log.Notes.Add($"{kind} could not be trained on this machine: {ex.GetType().Name}: {ex.Message}");
            }

            progress?.Report(new TrainingProgress($"train {kind}", 1, comparisons[^1].Row.Note ?? $"validation AUCPR {comparisons[^1].Row.ValidationAucPr:F4}"));
        }

        var best = comparisons.Where(c => c.Learner is not null).MaxBy(c => c.Row.ValidationAucPr);
        if (best.Learner is null)
        {
            throw new InvalidOperationException("no learner could be trained: " + string.Join("; ", comparisons.Select(c => c.Row.Note)));
        }

        var learners = comparisons.Select(c => c.Row with { Kept = ReferenceEquals(c.Learner, best.Learner) }).ToList();

        var validationScores = best.Scores!;
        var (thresholds, rule) = ChooseThresholds(validationScores, validation.Labels, options.Hysteresis);
        if (!ReferenceEquals(rule, ThresholdRule))
        {
            log.Notes.Add(rule);
        }

        return new FitResult(best.Learner, validationScores, learners, thresholds, rule);
    }

    /// <summary>The thresholds of domain.md §5 and the rule actually applied (the hysteresis is reduced when needed to keep the levels ordered).</summary>
    public static (AlertThresholds Thresholds, string Rule) ChooseThresholds(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double hysteresis)
    {
        var red = Metrics.BestThreshold(scores, labels, 0.5);
        var orange = Metrics.BestThreshold(scores, labels, 2);
        var rule = ThresholdRule;
        if (!(orange < red))
        {
            orange = red / 2;
            rule = string.Create(CultureInfo.InvariantCulture, $"the F2 optimum was not below the F0.5 optimum; orange set to half of red ({orange:G4})");
        }

        if (red >= 1)
        {
            red = Math.BitDecrement(1.0);
        }

        var h = hysteresis;
        if (red * (1 - h) <= orange)
        {
            h = Math.Max(0, (1 - (orange / red)) / 2);
            rule = string.Create(CultureInfo.InvariantCulture, $"hysteresis reduced from {hysteresis} to {h:G4} so that leaving red stays above entering orange ({rule})");
        }

        return (new AlertThresholds(red, orange, h), rule);
    }
}

/// <summary>The learner kept, its validation scores, every learner's comparison row, and the thresholds with the rule applied.</summary>
internal sealed record FitResult(TrainedLearner Best, double[] ValidationScores, IReadOnlyList<LearnerComparison> Learners, AlertThresholds Thresholds, string Rule);
