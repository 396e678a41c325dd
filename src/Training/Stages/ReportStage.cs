using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using SignauxFaibles.Models;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training.Stages;

/// <summary>
/// Stage 6: the evaluation report (JSON and Markdown), the manifest with its headline metrics, and the model
/// artifact written with <see cref="ModelArtifactWriter"/>.
/// </summary>
internal static class ReportStage
{
    public static TrainingResult Write(TrainingOptions options, EventSource source, TrainingWindows windows, FeaturePanel panel, SplitRows rows, FitResult fit, EvaluationResult evaluated, StageLog log)
    {
        var (train, validation, evaluation, after) = (rows.Train, rows.Validation, rows.Evaluation, rows.AfterJudgment);
        var (without, with) = (evaluated.Without, evaluated.With);
        var calibration = Metrics.Calibration(evaluated.EvaluationScores, evaluation.Labels);
        var figures = ReportPlots.Draw(evaluated.Scored, calibration, evaluated.ShapByGroup);
        var report = new EvaluationReport
        {
            ModelId = options.Id,
            Learner = fit.Best.Description,
            Source = source.Name,
            Target = "a judgment opening a procédure collective (sauvegarde, redressement, liquidation) in months t..t+18 of a month in bonis (PopulationRule: plans in bonis; open procédure or closed = signaux forts, apart), from the log's procédure events",
            Split = string.Create(CultureInfo.InvariantCulture, $"by SIREN (hash seed {options.SplitSeed}, {options.HoldoutShare:P0} held out) and out of time (training months end {TargetRule.HorizonMonths + 1} months before the evaluation window)"),
            TrainingWindow = new ModelWindow(windows.TrainFrom, windows.TrainTo),
            EvaluationWindow = new ModelWindow(windows.EvalFrom, windows.EvalTo),
            Rows = new Dictionary<string, RowCount>(StringComparer.Ordinal)
            {
                ["train"] = Count(train),
                ["validation"] = Count(validation),
                ["evaluation"] = Count(evaluation),
                ["evaluation_after_judgment"] = Count(after),
            },
            Learners = [.. fit.Learners],
            Thresholds = fit.Thresholds,
            ThresholdRule = fit.Rule,
            WithoutAfterJudgment = without,
            WithAfterJudgment = with,
            Validation = evaluated.Validation,
            SignauxForts = evaluated.SignauxForts,
            Baseline = fit.Baseline?.Row,
            Search = fit.Search,
            SearchRule = fit.Search.Count > 0 ? HyperSearch.Rule : null,
            EmittedLevels = evaluated.EmittedLevels,
            EmittedLevelsRule = EvaluateStage.EmittedRule,
            Segments = evaluated.Segments,
            ShapByGroup = evaluated.ShapByGroup,
            Calibration = calibration,
            Brier = evaluated.Scored.ToDictionary(x => x.Scorer, x => Curves.Brier(x.Scores, x.Labels), StringComparer.Ordinal),
            Figures = [.. figures.Keys.Order(StringComparer.Ordinal)],
            Published = PublishedFigures.Original,
            TimingsSeconds = log.Timings,
            Notes = log.Notes,
        };

        var metrics = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        metrics["auc"] = without.Model.RocAuc;
        metrics["aucpr"] = without.Model.AucPr;
        metrics["red_precision"] = without.Model.Red.Precision;
        metrics["red_recall"] = without.Model.Red.Recall;
        metrics["orange_precision"] = without.Model.Orange.Precision;
        metrics["orange_recall"] = without.Model.Orange.Recall;
        metrics["transparent_auc"] = without.Transparent.RocAuc;
        metrics["transparent_aucpr"] = without.Transparent.AucPr;
        metrics["auc_with_after_judgment"] = with.Model.RocAuc;
        metrics["brier"] = report.Brier["model"];
        if (evaluated.Oracle is { } oracleMetrics)
        {
            metrics["oracle_auc"] = oracleMetrics.RocAuc;
            metrics["oracle_aucpr"] = oracleMetrics.AucPr;
        }

        var manifest = new ModelManifest
        {
            Id = options.Id,
            Kind = ModelKinds.TreeEnsemble,
            Description = evaluated.Version.Description,
            CreatedAt = DateTimeOffset.UtcNow,
            Features = fit.Best.Ensemble.Features,
            Thresholds = fit.Thresholds,
            TrainingWindow = report.TrainingWindow,
            EvaluationWindow = report.EvaluationWindow,
            Learner = fit.Best.Description,
            Metrics = metrics.ToImmutable(),
            ContentHash = "",
        };

        var directory = Path.Combine(options.OutputDirectory, options.Id);
        var files = new Dictionary<string, byte[]>(figures, StringComparer.Ordinal)
        {
            [ModelFiles.LearnerModel] = Learners.Save(fit.Best.Model, fit.Best.InputSchema),
            [ModelFiles.EvaluationJson] = JsonSerializer.SerializeToUtf8Bytes(report, ModelJson.Options),
            [ModelFiles.EvaluationMarkdown] = System.Text.Encoding.UTF8.GetBytes(ReportMarkdown.Render(report)),
        };
        var written = ModelArtifactWriter.Write(directory, manifest, ModelArtifactWriter.SerializeModel(fit.Best.Ensemble), files);
        return new TrainingResult(directory, written, report, fit.Best.Ensemble, fit.Best, panel, train, validation, evaluation);
    }

    private static RowCount Count(RowSet rows) =>
        new(rows.Count, rows.Positives, rows.Rows.Select(r => rows.Panel.FirmOf(r).Siren).Distinct(StringComparer.Ordinal).LongCount());
}
