using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Models;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training;

/// <summary>
/// One training run: panel, labels, split, learners compared on validation, the better one exported,
/// thresholds chosen on validation, evaluation out of time against the oracle and the transparent scorer,
/// and the artifact written with <see cref="ModelArtifactWriter"/>.
/// </summary>
internal static class TrainingRun
{

    public static TrainingResult Run(TrainingOptions options, EventSource source, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(source);
        var total = Stopwatch.StartNew();
        var timings = new Dictionary<string, double>(StringComparer.Ordinal);
        var notes = new List<string>();
        var windows = TrainingWindows.For(source.FirstMonth, source.LastMonth, options.EvalMonths, options.WarmupMonths)
            ?? throw new InvalidOperationException($"the log {source.FirstMonth}..{source.LastMonth} is too short for a training window, 18 months of labels and an evaluation window");

        // 1. Panel.
        var split = new FirmSplit(options.SplitSeed, options.HoldoutShare);
        var builder = new PanelBuilder(
            split,
            m => windows.InTraining(m) || windows.InEvaluation(m),
            (m, holdout) => windows.InTraining(m) || (holdout && windows.InEvaluation(m)));
        var clock = Stopwatch.StartNew();
        var read = new Progress<long>(n => progress?.Report(new TrainingProgress("panel", Math.Min(1, (double)n / source.Size), $"{n:N0} / {source.Size:N0}")));
        var panel = builder.Build(source.Blocks(read, cancellationToken), null, cancellationToken);
        timings["panel"] = clock.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress("panel", 1, $"{panel.Count:N0} firm-months of {panel.Firms.Count:N0} firms"));
        if (source.Rejected > 0)
        {
            notes.Add($"{source.Rejected:N0} undecodable lines skipped");
        }

        if (builder.LateEvents > 0)
        {
            notes.Add($"{builder.LateEvents:N0} events arrived after the cut of a month already computed (applied late)");
        }

        // 2. Labels and split.
        var (train, validation, evaluation, after) = Select(panel, windows);
        ImmutableArray<double>? oracleEval = null, oracleValidation = null;
        RowSet? oracleValidationRows = null;
        if (options.HazardFile is { } hazardFile)
        {
            clock.Restart();
            progress?.Report(new TrainingProgress("oracle", 0, hazardFile));
            var holdout = panel.Firms.Where(f => f.Holdout).Select(f => f.Siren).ToHashSet(StringComparer.Ordinal);
            var oracle = OracleHazards.Read(hazardFile, (s, m) => (windows.InTraining(m) || windows.InEvaluation(m)) && holdout.Contains(s), cancellationToken);
            var before = evaluation.Count;
            (evaluation, oracleEval) = WithOracle(evaluation, oracle);
            (var validationOracleRows, oracleValidation) = WithOracle(validation, oracle);
            oracleValidationRows = validationOracleRows;
            if (evaluation.Count < before)
            {
                notes.Add($"{before - evaluation.Count:N0} of {before:N0} evaluation firm-months have no oracle probability (the simulator had the firm closed or not in bonis) and were left out of every scorer's evaluation");
            }

            timings["oracle"] = clock.Elapsed.TotalSeconds;
            progress?.Report(new TrainingProgress("oracle", 1, $"{oracle.Count:N0} oracle firm-months"));
        }

        // 3. Learners, compared on validation AUCPR.
        if (!options.Settings.WithheldFeatures.IsDefaultOrEmpty)
        {
            notes.Add($"withheld from the learners (given as missing, so no tree uses them): {string.Join(", ", options.Settings.WithheldFeatures)}");
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
                var scores = Score(validation, scorer);
                timings[$"train_{kind}"] = learner.Elapsed.TotalSeconds;
                comparisons.Add((learner, new LearnerComparison(learner.Description, learner.Elapsed.TotalSeconds,
                    Metrics.RocAuc(scores, validation.Labels), Metrics.AveragePrecision(scores, validation.Labels), false, null), scores));
            }
            catch (Exception ex) when (ex is DllNotFoundException or TypeInitializationException or EntryPointNotFoundException or BadImageFormatException or InvalidOperationException or NotSupportedException)
            {
                comparisons.Add((null, new LearnerComparison(options.Settings.Describe(kind), 0, double.NaN, double.NaN, false,
                    $"could not train: {ex.GetType().Name}: {ex.Message}"), null));
                notes.Add($"{kind} could not be trained on this machine: {ex.GetType().Name}: {ex.Message}");
            }

            progress?.Report(new TrainingProgress($"train {kind}", 1, comparisons[^1].Row.Note ?? $"validation AUCPR {comparisons[^1].Row.ValidationAucPr:F4}"));
        }

        var best = comparisons.Where(c => c.Learner is not null).MaxBy(c => c.Row.ValidationAucPr);
        if (best.Learner is null)
        {
            throw new InvalidOperationException("no learner could be trained: " + string.Join("; ", comparisons.Select(c => c.Row.Note)));
        }

        var learners = comparisons.Select(c => c.Row with { Kept = ReferenceEquals(c.Learner, best.Learner) }).ToList();

        // 4. Thresholds on validation.
        var validationScores = best.Scores!;
        var (thresholds, rule) = ChooseThresholds(validationScores, validation.Labels, options.Hysteresis);
        if (!ReferenceEquals(rule, ThresholdRule))
        {
            notes.Add(rule);
        }

        // 5. Evaluation: model, oracle, transparent scorer, on the same rows.
        clock.Restart();
        progress?.Report(new TrainingProgress("evaluate", 0, $"{evaluation.Count:N0} rows"));
        var version = new ModelVersion(options.Id, thresholds, Describe(best.Learner, windows));
        var model = new TreeEnsembleScorer(version, best.Learner.Ensemble);
        var transparent = new TransparentScorer();
        var transparentValidation = ScoreTransparent(validation, transparent);
        var (tRed, tOrange) = (Metrics.BestThreshold(transparentValidation, validation.Labels, 0.5), Metrics.BestThreshold(transparentValidation, validation.Labels, 2));

        var evalScores = Score(evaluation, model);
        var evalTransparent = ScoreTransparent(evaluation, transparent);
        ScoreMetrics? oracleMetrics = null, oracleValidationMetrics = null;
        if (oracleEval is { } oe && oracleValidation is { } ov && oracleValidationRows is { } ovr)
        {
            var (oRed, oOrange) = (Metrics.BestThreshold(ov.AsSpan(), ovr.Labels, 0.5), Metrics.BestThreshold(ov.AsSpan(), ovr.Labels, 2));
            oracleMetrics = Metrics.Evaluate(oe.AsSpan(), evaluation.Labels, oRed, oOrange);
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
            Metrics.Evaluate(validationScores, validation.Labels, thresholds.Eleve, thresholds.Modere),
            oracleValidationMetrics,
            Metrics.Evaluate(transparentValidation, validation.Labels, tRed, tOrange));
        timings["evaluate"] = clock.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress("evaluate", 1, $"ROC AUC {without.Model.RocAuc:F4}, AUCPR {without.Model.AucPr:F4}"));

        // 6. Artifact.
        timings["total_before_write"] = total.Elapsed.TotalSeconds;
        var report = new EvaluationReport
        {
            ModelId = options.Id,
            Learner = best.Learner.Description,
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
            Learners = learners,
            Thresholds = thresholds,
            ThresholdRule = rule,
            WithoutAfterJudgment = without,
            WithAfterJudgment = with,
            Validation = validationComparison,
            Calibration = Metrics.Calibration(evalScores, evaluation.Labels),
            Published = PublishedFigures.Original,
            TimingsSeconds = timings,
            Notes = notes,
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
        if (oracleMetrics is not null)
        {
            metrics["oracle_auc"] = oracleMetrics.RocAuc;
            metrics["oracle_aucpr"] = oracleMetrics.AucPr;
        }

        var manifest = new ModelManifest
        {
            Id = options.Id,
            Kind = ModelKinds.TreeEnsemble,
            Description = version.Description,
            CreatedAt = DateTimeOffset.UtcNow,
            Features = best.Learner.Ensemble.Features,
            Thresholds = thresholds,
            TrainingWindow = report.TrainingWindow,
            EvaluationWindow = report.EvaluationWindow,
            Learner = best.Learner.Description,
            Metrics = metrics.ToImmutable(),
            ContentHash = "",
        };

        var directory = Path.Combine(options.OutputDirectory, options.Id);
        var written = ModelArtifactWriter.Write(directory, manifest, ModelArtifactWriter.SerializeModel(best.Learner.Ensemble),
            new Dictionary<string, byte[]>(StringComparer.Ordinal)
            {
                [ModelFiles.LearnerModel] = Learners.Save(best.Learner.Model, best.Learner.InputSchema),
                [ModelFiles.EvaluationJson] = JsonSerializer.SerializeToUtf8Bytes(report, ModelJson.Options),
                [ModelFiles.EvaluationMarkdown] = System.Text.Encoding.UTF8.GetBytes(ReportMarkdown.Render(report)),
            });
        return new TrainingResult(directory, written, report, best.Learner.Ensemble, best.Learner, panel, train, validation, evaluation);
    }

    public const string ThresholdRule = "red (risque élevé) = the score maximising F0.5 on validation, orange (risque modéré) = the score maximising F2; alert when score >= threshold";

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

    /// <summary>Rows of the panel for training (train firms), validation (held-out firms, training months) and evaluation.</summary>
    public static (RowSet Train, RowSet Validation, RowSet Evaluation, RowSet AfterJudgment) Select(FeaturePanel panel, TrainingWindows windows)
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

    private static RowSet Concat(RowSet a, RowSet b) => new(a.Panel, [.. a.Rows, .. b.Rows], [.. a.Labels, .. b.Labels]);

    private static RowCount Count(RowSet rows) =>
        new(rows.Count, rows.Positives, rows.Rows.Select(r => rows.Panel.FirmOf(r).Siren).Distinct(StringComparer.Ordinal).LongCount());

    private static string Describe(TrainedLearner learner, TrainingWindows windows) =>
        $"{learner.Description} on months {windows.TrainFrom}..{windows.TrainTo}, 18-month procédure target, Platt-calibrated";
}
