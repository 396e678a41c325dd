using System.Globalization;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;

namespace SignauxFaibles.Training.Stages;

/// <summary>
/// Stages 3 and 4: each learner trained (with <c>--search N</c>, N candidate settings each, <see cref="HyperSearch"/>)
/// and compared on validation AUCPR (a learner this machine cannot run is reported, not fatal), the best one
/// kept, the alert thresholds chosen on its validation scores, and the logistic baseline fitted for the report.
/// </summary>
internal static class FitStage
{
    public const string ThresholdRule = "red (risque élevé) = the score maximising F0.5 on validation, orange (risque modéré) = the score maximising F2; alert when score >= threshold";

    public static FitResult Fit(TrainingOptions options, SplitRows rows, TrainingWindows windows, StageLog log, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var (train, validation) = (rows.Train, rows.Validation);
        HyperSearch.RequireTrainingMonths(train, windows, "training");
        HyperSearch.RequireTrainingMonths(validation, windows, "validation");
        if (!options.Settings.WithheldFeatures.IsDefaultOrEmpty)
        {
            log.Notes.Add($"withheld from the learners (given as missing, so no tree uses them): {string.Join(", ", options.Settings.WithheldFeatures)}");
        }

        var candidates = HyperSearch.Candidates(options.Settings, Math.Max(1, options.SearchCandidates));
        var searched = options.SearchCandidates > 1;
        var comparisons = new List<(TrainedLearner? Learner, LearnerComparison Row, double[]? Scores)>();
        var search = new List<SearchCandidate>();
        foreach (var kind in options.Learners)
        {
            (TrainedLearner? Learner, LearnerComparison Row, double[]? Scores) best = default;
            for (var c = 0; c < candidates.Count; c++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var stage = searched ? $"train {kind} {c + 1}/{candidates.Count}" : $"train {kind}";
                var tried = TrainOne(kind, candidates[c], train, validation, log, progress, stage, cancellationToken);
                if (searched)
                {
                    search.Add(new SearchCandidate(c + 1, tried.Row.Learner, tried.Row.TrainSeconds, tried.Row.ValidationRocAuc, tried.Row.ValidationAucPr, false, tried.Row.Note));
                    log.Timings[$"search_{kind}_{c + 1}"] = tried.Row.TrainSeconds;
                }

                // Strictly better only: on a tie the earlier candidate stays (HyperSearch.Rule).
                if (best.Row is null || (tried.Learner is not null && (best.Learner is null || tried.Row.ValidationAucPr > best.Row.ValidationAucPr)))
                {
                    best = tried;
                }
            }

            comparisons.Add(best);
            if (best.Learner is not null)
            {
                log.Timings[$"train_{kind}"] = best.Learner.Elapsed.TotalSeconds;
            }
        }

        var kept = comparisons.Where(c => c.Learner is not null).MaxBy(c => c.Row.ValidationAucPr);
        if (kept.Learner is null)
        {
            throw new InvalidOperationException("no learner could be trained: " + string.Join("; ", comparisons.Select(c => c.Row.Note)));
        }

        var learners = comparisons.Select(c => c.Row with { Kept = ReferenceEquals(c.Learner, kept.Learner) }).ToList();
        var searchTable = search.Select(x => x with { Kept = x.Learner == kept.Learner.Description }).ToList();
        if (searched)
        {
            log.Notes.Add($"hyper-parameter search: {candidates.Count} candidates per learner on validation rows only; rule: {HyperSearch.Rule}");
        }

        var baseline = TrainBaseline(options, train, validation, log, progress, cancellationToken);
        var validationScores = kept.Scores!;
        var (thresholds, rule) = ChooseThresholds(validationScores, validation.Labels, options.Hysteresis);
        if (!ReferenceEquals(rule, ThresholdRule))
        {
            log.Notes.Add(rule);
        }

        return new FitResult(kept.Learner, validationScores, learners, thresholds, rule, searchTable, baseline);
    }

    private static (TrainedLearner? Learner, LearnerComparison Row, double[]? Scores) TrainOne(
        LearnerKind kind, LearnerSettings settings, RowSet train, RowSet validation, StageLog log, IProgress<TrainingProgress>? progress, string stage, CancellationToken cancellationToken)
    {
        progress?.Report(new TrainingProgress(stage, 0, $"{train.Count:N0} rows, {train.Positives:N0} positive"));
        (TrainedLearner? Learner, LearnerComparison Row, double[]? Scores) result;
        try
        {
            var learner = Learners.Train(kind, settings, train, cancellationToken);
            var scorer = new TreeEnsembleScorer(new ModelVersion("candidate", new AlertThresholds(0.2, 0.1, 0), ""), learner.Ensemble);
            var scores = EvaluateStage.Score(validation, scorer);
            result = (learner, new LearnerComparison(learner.Description, learner.Elapsed.TotalSeconds,
                Metrics.RocAuc(scores, validation.Labels), Metrics.AveragePrecision(scores, validation.Labels), false, null), scores);
        }
        catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException or NotSupportedException)
        {
            result = (null, new LearnerComparison(settings.Describe(kind), 0, double.NaN, double.NaN, false,
                $"could not train: {ex.GetType().Name}: {ex.Message}"), null);
            log.Notes.Add($"{settings.Describe(kind)} could not be trained on this machine: {ex.GetType().Name}: {ex.Message}");
        }

        progress?.Report(new TrainingProgress(stage, 1, result.Row.Note ?? $"validation AUCPR {result.Row.ValidationAucPr:F4}"));
        return result;
    }

    private static BaselineFit? TrainBaseline(TrainingOptions options, RowSet train, RowSet validation, StageLog log, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        if (!options.LogisticBaseline)
        {
            return null;
        }

        progress?.Report(new TrainingProgress("train logistic baseline", 0, $"at most {LogisticBaseline.MaxRows:N0} rows"));
        var baseline = LogisticBaseline.Train(options.Settings, train, cancellationToken);
        var scores = baseline.Score(validation);
        log.Timings["train_logistic"] = baseline.Elapsed.TotalSeconds;
        var row = new LearnerComparison(baseline.Description, baseline.Elapsed.TotalSeconds,
            Metrics.RocAuc(scores, validation.Labels), Metrics.AveragePrecision(scores, validation.Labels), false, "baseline (the original's 2021 model), never kept");
        progress?.Report(new TrainingProgress("train logistic baseline", 1, $"validation AUCPR {row.ValidationAucPr:F4}"));
        return new BaselineFit(baseline, scores, row);
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

/// <summary>
/// The learner kept, its validation scores, every learner's comparison row (its best candidate), the thresholds
/// with the rule applied, the search's table (empty without <c>--search</c>) and the logistic baseline.
/// </summary>
internal sealed record FitResult(
    TrainedLearner Best,
    double[] ValidationScores,
    IReadOnlyList<LearnerComparison> Learners,
    AlertThresholds Thresholds,
    string Rule,
    IReadOnlyList<SearchCandidate> Search,
    BaselineFit? Baseline);

/// <summary>The logistic baseline, its validation scores and its comparison row.</summary>
internal sealed record BaselineFit(LogisticBaseline Model, double[] ValidationScores, LearnerComparison Row);
