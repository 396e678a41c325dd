using System.Diagnostics;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;

namespace SignauxFaibles.Training.Stages;

/// <summary>
/// Stage 5: the kept model, the simulator's oracle (when given), the transparent scorer and the logistic
/// baseline evaluated on the same rows: out of time without and with the signaux forts (open procédure or
/// closed), the signaux forts alone, and on validation; the alert levels as the grain emits them
/// (<see cref="EmittedLevels"/>), results by segment (<see cref="Breakdown"/>) and the model's mean |SHAP|
/// by explanation group (<see cref="ShapImportance"/>).
/// </summary>
internal static class EvaluateStage
{
    /// <summary>Months before the evaluation window the alert levels are replayed from, so a firm's level entering the window has its history.</summary>
    public const int ReplayMonths = 6;

    public static EvaluationResult Evaluate(TrainingOptions options, SplitRows rows, FitResult fit, TrainingWindows windows, StageLog log, IProgress<TrainingProgress>? progress)
    {
        var (validation, evaluation, after) = (rows.Validation, rows.Evaluation, rows.AfterJudgment);
        var thresholds = fit.Thresholds;
        var clock = Stopwatch.StartNew();
        progress?.Report(new TrainingProgress("evaluate", 0, $"{evaluation.Count:N0} rows"));
        var version = new ModelVersion(options.Id, thresholds, Describe(fit.Best, windows));
        var model = new TreeEnsembleScorer(version, fit.Best.Ensemble);
        var transparent = new TransparentScorer();
        var transparentValidation = ScoreTransparent(validation, transparent);
        var (tRed, tOrange) = (Metrics.BestThreshold(transparentValidation, validation.Labels, 0.5), Metrics.BestThreshold(transparentValidation, validation.Labels, 2));
        var logistic = fit.Baseline;
        var (lRed, lOrange) = logistic is null ? (0.0, 0.0)
            : (Metrics.BestThreshold(logistic.ValidationScores, validation.Labels, 0.5), Metrics.BestThreshold(logistic.ValidationScores, validation.Labels, 2));
        ScoreMetrics? LogisticMetrics(RowSet set, double[]? scores) => logistic is null ? null : Metrics.Evaluate(scores!, set.Labels, lRed, lOrange);

        var evalScores = Score(evaluation, model);
        var evalTransparent = ScoreTransparent(evaluation, transparent);
        var evalLogistic = logistic?.Model.Score(evaluation);
        ScoreMetrics? oracleMetrics = null, oracleValidationMetrics = null;
        if (rows.Oracle is { } oracle)
        {
            var (ov, ovr) = (oracle.Validation, oracle.ValidationRows);
            var (oRed, oOrange) = (Metrics.BestThreshold(ov.AsSpan(), ovr.Labels, 0.5), Metrics.BestThreshold(ov.AsSpan(), ovr.Labels, 2));
            oracleMetrics = Metrics.Evaluate(oracle.Evaluation.AsSpan(), evaluation.Labels, oRed, oOrange);
            oracleValidationMetrics = Metrics.Evaluate(ov.AsSpan(), ovr.Labels, oRed, oOrange);
        }

        var without = new ScorerComparison(
            "held-out firms, evaluation window, in bonis (plans included); signaux forts (open procédure or closed in Sirene) excluded",
            Metrics.Evaluate(evalScores, evaluation.Labels, thresholds.Eleve, thresholds.Modere),
            oracleMetrics,
            Metrics.Evaluate(evalTransparent, evaluation.Labels, tRed, tOrange),
            LogisticMetrics(evaluation, evalLogistic));

        var all = Concat(evaluation, after);
        var allScores = Score(all, model);
        var allTransparent = ScoreTransparent(all, transparent);
        var allLogistic = logistic?.Model.Score(all);
        var with = new ScorerComparison(
            "held-out firms, evaluation window, signaux forts included (labelled positive while the procédure runs)",
            Metrics.Evaluate(allScores, all.Labels, thresholds.Eleve, thresholds.Modere),
            null,
            Metrics.Evaluate(allTransparent, all.Labels, tRed, tOrange),
            LogisticMetrics(all, allLogistic));

        ScorerComparison? signauxForts = null;
        if (after.Count > 0)
        {
            var (a, n) = (evaluation.Count, after.Count);
            signauxForts = new ScorerComparison(
                "held-out firms, evaluation window, signaux forts only (open procédure or closed; never in alert, shown as en procédure / fermée)",
                Metrics.Evaluate(allScores.AsSpan(a, n), after.Labels, thresholds.Eleve, thresholds.Modere),
                null,
                Metrics.Evaluate(allTransparent.AsSpan(a, n), after.Labels, tRed, tOrange),
                allLogistic is null ? null : Metrics.Evaluate(allLogistic.AsSpan(a, n), after.Labels, lRed, lOrange));
        }

        var validationComparison = new ScorerComparison(
            "held-out firms, training window (thresholds chosen here)",
            Metrics.Evaluate(fit.ValidationScores, validation.Labels, thresholds.Eleve, thresholds.Modere),
            oracleValidationMetrics,
            Metrics.Evaluate(transparentValidation, validation.Labels, tRed, tOrange),
            logistic is null ? null : Metrics.Evaluate(logistic.ValidationScores, validation.Labels, lRed, lOrange));

        List<ScoredRows> scored = [new("model", evalScores, evaluation.Labels)];
        if (rows.Oracle is { } o)
        {
            scored.Add(new("oracle", [.. o.Evaluation], evaluation.Labels));
        }

        scored.Add(new("transparent", evalTransparent, evaluation.Labels));
        if (evalLogistic is not null)
        {
            scored.Add(new("logistic", evalLogistic, evaluation.Labels));
        }

        progress?.Report(new TrainingProgress("evaluate", 0.5, "alert levels as emitted, segments, SHAP by group"));
        var emitted = Emitted(options, rows, fit, model, transparent, transparentValidation, windows);
        var segments = Breakdown.By(Segments.Dimensions, i => evaluation.Features(i), scored);
        var shap = ShapImportance.ByGroup(model, evaluation.Count, i => evaluation.Features(i));
        log.Timings["evaluate"] = clock.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress("evaluate", 1, $"ROC AUC {without.Model.RocAuc:F4}, AUCPR {without.Model.AucPr:F4}"));
        return new EvaluationResult(version, without, with, validationComparison, oracleMetrics, evalScores, scored)
        {
            SignauxForts = signauxForts,
            EmittedLevels = emitted,
            Segments = segments,
            ShapByGroup = shap,
        };
    }

    public static string EmittedRule { get; } =
        $"each held-out firm's in-perimeter months from {ReplayMonths} months before the evaluation window to its end replayed in order through the grain's AlertStateMachine "
        + "(hysteresis and the signaux forts' exclusion included; a firm starts as never scored; a month missing from the panel is out of the perimeter); "
        + "red = level risque élevé, orange = risque modéré or higher, measured on the headline rows; each scorer with its own thresholds chosen on validation by the model's rule (F0.5 / F2, same hysteresis)";

    /// <summary>The alert levels of every scorer as the grain would emit them, measured on the headline evaluation rows.</summary>
    private static List<EmittedLevelMetrics> Emitted(
        TrainingOptions options, SplitRows rows, FitResult fit, TreeEnsembleScorer model, TransparentScorer transparent, double[] transparentValidation, TrainingWindows windows)
    {
        var evaluation = rows.Evaluation;
        var panel = evaluation.Panel;
        var from = windows.EvalFrom.AddMonths(-ReplayMonths);
        var replayRows = new List<int>();
        for (var r = 0; r < panel.Count; r++)
        {
            var m = panel.MonthOf(r);
            if (m >= from && m <= windows.EvalTo && panel.FirmOf(r).Holdout)
            {
                replayRows.Add(r);
            }
        }

        var replay = new RowSet(panel, [.. replayRows], new bool[replayRows.Count]);
        var position = new Dictionary<int, int>(replayRows.Count);
        for (var k = 0; k < replayRows.Count; k++)
        {
            position[replayRows[k]] = k;
        }

        var headline = evaluation.Rows.Select(r => position[r]).ToArray();
        var validation = rows.Validation;
        var result = new List<EmittedLevelMetrics>();
        void Measure(string name, IReadOnlyList<double?> scores, AlertThresholds thresholds)
        {
            var months = new ScoredMonth[replay.Count];
            for (var k = 0; k < months.Length; k++)
            {
                var r = replay.Rows[k];
                months[k] = new ScoredMonth(panel.FirmOf(r).Siren, panel.MonthOf(r), scores[k], panel.StandingOf(r));
            }

            var levels = EmittedLevels.Replay(months, thresholds, name);
            result.Add(EmittedLevels.Measure(name, thresholds, levels, headline, evaluation.Labels));
        }

        AlertThresholds Own(double[] validationScores, bool[] labels) => FitStage.ChooseThresholds(validationScores, labels, options.Hysteresis).Thresholds;

        Measure("model", [.. Score(replay, model).Select(p => (double?)p)], fit.Thresholds);
        if (rows.Oracle is { } oracle)
        {
            var scores = replay.Rows.Select(r => oracle.Hazards.TryGet(panel.FirmOf(r).Siren, panel.MonthOf(r), out var p) ? p : (double?)null).ToArray();
            Measure("oracle", scores, Own([.. oracle.Validation], oracle.ValidationRows.Labels));
        }

        Measure("transparent", [.. ScoreTransparent(replay, transparent).Select(p => (double?)p)], Own(transparentValidation, validation.Labels));
        if (fit.Baseline is { } baseline)
        {
            Measure("logistic", [.. baseline.Model.Score(replay).Select(p => (double?)p)], Own(baseline.ValidationScores, validation.Labels));
        }

        return result;
    }

    public static double[] Score(RowSet rows, TreeEnsembleScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(scorer);
        var scores = new double[rows.Count];
        Parallel.For(0, rows.Count, i => scores[i] = scorer.Probability(rows.Features(i)));
        return scores;
    }

    private static double[] ScoreTransparent(RowSet rows, TransparentScorer scorer)
    {
        var scores = new double[rows.Count];
        Parallel.For(0, rows.Count, i =>
        {
            var values = rows.Features(i);
            var doubles = new double[values.Length];
            for (var k = 0; k < values.Length; k++)
            {
                doubles[k] = values[k];
            }

            var firm = rows.Panel.FirmOf(rows.Rows[i]);
            scores[i] = scorer.Score(new FeatureVector(firm.Siren, rows.Panel.MonthOf(rows.Rows[i]), [.. doubles])).Probability;
        });
        return scores;
    }

    private static RowSet Concat(RowSet a, RowSet b) => new(a.Panel, [.. a.Rows, .. b.Rows], [.. a.Labels, .. b.Labels]);

    private static string Describe(TrainedLearner learner, TrainingWindows windows) =>
        $"{learner.Description} on months {windows.TrainFrom}..{windows.TrainTo}, 18-month procédure target, Platt-calibrated";
}

/// <summary>
/// The model version evaluated, its comparisons with the other scorers, its scores on the evaluation rows,
/// every scorer's probabilities on those rows (model, oracle when known, transparent, logistic) for the
/// curves, the signaux forts apart, the alert levels as emitted, the segments and the SHAP importance.
/// </summary>
internal sealed record EvaluationResult(ModelVersion Version, ScorerComparison Without, ScorerComparison With, ScorerComparison Validation, ScoreMetrics? Oracle, double[] EvaluationScores, IReadOnlyList<ScoredRows> Scored)
{
    public ScorerComparison? SignauxForts { get; init; }

    public IReadOnlyList<EmittedLevelMetrics> EmittedLevels { get; init; } = [];

    public IReadOnlyList<SegmentResult> Segments { get; init; } = [];

    public IReadOnlyList<GroupImportance> ShapByGroup { get; init; } = [];
}
