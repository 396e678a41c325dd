using System.Diagnostics;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;

namespace SignauxFaibles.Training.Stages;

/// <summary>
/// Stage 5: the kept model, the simulator's oracle (when given) and the transparent scorer evaluated on the
/// same rows: out of time without and with the signaux forts (open procédure or closed), and on validation.
/// </summary>
internal static class EvaluateStage
{
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

        var evalScores = Score(evaluation, model);
        var evalTransparent = ScoreTransparent(evaluation, transparent);
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
            Metrics.Evaluate(evalTransparent, evaluation.Labels, tRed, tOrange));

        var all = Concat(evaluation, after);
        var allScores = Score(all, model);
        var allTransparent = ScoreTransparent(all, transparent);
        var with = new ScorerComparison(
            "held-out firms, evaluation window, signaux forts included (labelled positive while the procédure runs)",
            Metrics.Evaluate(allScores, all.Labels, thresholds.Eleve, thresholds.Modere),
            null,
            Metrics.Evaluate(allTransparent, all.Labels, tRed, tOrange));

        var validationComparison = new ScorerComparison(
            "held-out firms, training window (thresholds chosen here)",
            Metrics.Evaluate(fit.ValidationScores, validation.Labels, thresholds.Eleve, thresholds.Modere),
            oracleValidationMetrics,
            Metrics.Evaluate(transparentValidation, validation.Labels, tRed, tOrange));
        log.Timings["evaluate"] = clock.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress("evaluate", 1, $"ROC AUC {without.Model.RocAuc:F4}, AUCPR {without.Model.AucPr:F4}"));
        List<ScoredRows> scored = [new("model", evalScores, evaluation.Labels)];
        if (rows.Oracle is { } o)
        {
            scored.Add(new("oracle", [.. o.Evaluation], evaluation.Labels));
        }

        scored.Add(new("transparent", evalTransparent, evaluation.Labels));
        return new EvaluationResult(version, without, with, validationComparison, oracleMetrics, evalScores, scored);
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
/// and every scorer's probabilities on those rows (model, oracle when known, transparent) for the curves.
/// </summary>
internal sealed record EvaluationResult(ModelVersion Version, ScorerComparison Without, ScorerComparison With, ScorerComparison Validation, ScoreMetrics? Oracle, double[] EvaluationScores, IReadOnlyList<ScoredRows> Scored);
