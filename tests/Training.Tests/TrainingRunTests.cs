using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Models;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;
using SignauxFaibles.Training.Stages;
using SignauxFaibles.Training.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SignauxFaibles.Training.Tests;

[Collection(TrainedModel.Name)]
public class TrainingRunTests(TrainedFixture fixture, ITestOutputHelper output)
{
    private TrainingResult Result => fixture.Result;

    [Fact]
    public void Run_SmallSimulation_WritesAReadableArtifactWithValidThresholds()
    {
        var reader = new ModelArtifactReader([new TreeEnsembleScorerFactory(), new TransparentScorerFactory()]);
        var artifact = reader.Read(Result.Directory);

        Assert.Equal(ModelKinds.TreeEnsemble, artifact.Manifest.Kind);
        Assert.True(artifact.Manifest.Thresholds.IsValid);
        Assert.Equal("test-1", artifact.Scorer.Model.Id);
        foreach (var file in new[] { ModelFiles.LearnerModel, ModelFiles.EvaluationJson, ModelFiles.EvaluationMarkdown })
        {
            Assert.True(File.Exists(Path.Combine(Result.Directory, file)), file);
        }

        var report = Result.Report;
        output.WriteLine(File.ReadAllText(Path.Combine(Result.Directory, ModelFiles.EvaluationMarkdown)));
        Assert.Equal(2, report.Learners.Count(l => !double.IsNaN(l.ValidationAucPr)));
        Assert.NotNull(report.WithoutAfterJudgment.Oracle);
        Assert.True(report.WithoutAfterJudgment.Model.RocAuc > 0.6, $"AUC {report.WithoutAfterJudgment.Model.RocAuc}");
        Assert.True(report.Rows["evaluation"].Positives > 0 && report.Rows["train"].Positives > 0);

        // The artifact's scorer is the kept ensemble: same probabilities on evaluation rows.
        var scorer = (TreeEnsembleScorer)artifact.Scorer;
        for (var i = 0; i < Result.Evaluation.Count; i += 7)
        {
            var p = EvaluateStage.Score(Result.Evaluation, scorer)[i];
            Assert.Equal(new TreeEnsembleScorer(scorer.Model, Result.Ensemble).Probability(Result.Evaluation.Features(i)), p);
        }
    }

    [Fact]
    public void Split_NoFirmInBothTrainingAndHeldOutSets_AndTrainingLabelsEndBeforeEvaluation()
    {
        var trainFirms = Result.Train.Rows.Select(r => Result.Panel.FirmOf(r).Siren).ToHashSet();
        var heldOut = Result.Validation.Rows.Concat(Result.Evaluation.Rows).Select(r => Result.Panel.FirmOf(r).Siren).ToHashSet();
        Assert.NotEmpty(trainFirms);
        Assert.NotEmpty(heldOut);
        Assert.Empty(trainFirms.Intersect(heldOut));

        var lastTrainMonth = Result.Train.Rows.Concat(Result.Validation.Rows).Max(r => Result.Panel.MonthOf(r));
        var firstEvalMonth = Result.Evaluation.Rows.Min(r => Result.Panel.MonthOf(r));
        Assert.True(lastTrainMonth.AddMonths(Labels.TargetRule.HorizonMonths) < firstEvalMonth, $"{lastTrainMonth} + 18 >= {firstEvalMonth}");
    }

    [Fact]
    public void Panel_Rows_EqualPointInTimePanelOfTheDomain()
    {
        var byFirm = fixture.Simulation.Events.GroupBy(e => e.Siren).ToDictionary(g => g.Key, g => g.ToList());
        var checkedRows = 0;
        var withNaN = 0;
        for (var r = 0; r < Result.Panel.Count; r += 97)
        {
            var firm = Result.Panel.FirmOf(r);
            var month = Result.Panel.MonthOf(r);
            var expected = PointInTime.Panel(firm.Siren, byFirm[firm.Siren], month, month).Single();
            var row = Result.Panel.Row(r);
            for (var k = 0; k < FeatureSchema.Count; k++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits((float)expected.Values[k]), BitConverter.SingleToInt32Bits(row[k]));
            }

            withNaN += expected.Values.Any(double.IsNaN) ? 1 : 0;
            checkedRows++;
        }

        Assert.True(checkedRows > 100 && withNaN > 0, $"{checkedRows} rows, {withNaN} with missing values");
    }

    [Fact]
    public void Panel_Standing_IsThePopulationRuleOfThePointInTimeHistory()
    {
        var byFirm = fixture.Simulation.Events.GroupBy(e => e.Siren).ToDictionary(g => g.Key, g => g.ToList());
        var kinds = new HashSet<ProcedureStatus>();
        for (var r = 0; r < Result.Panel.Count; r += 13)
        {
            var firm = Result.Panel.FirmOf(r);
            var month = Result.Panel.MonthOf(r);
            var history = new FirmHistory(firm.Siren);
            foreach (var e in byFirm[firm.Siren].Where(e => e.DeliveredOn <= PointInTime.CutOf(month)))
            {
                history.Apply(e);
            }

            Assert.Equal(PopulationRule.Evaluate(history, month.EndExclusive.AddDays(-1)), Result.Panel.StandingOf(r));
            kinds.Add(Result.Panel.StandingOf(r).Procedure);
        }

        Assert.Contains(ProcedureStatus.InBonis, kinds);
    }

    [Fact]
    public void Select_PlanMonthsInBonis_OpenProcedureAndClosedAreSignauxFortsApart()
    {
        // Three held-out firms, one evaluation month each: under a plan (in bonis, relapsing 5 months later),
        // in liquidation, closed in Sirene.
        var month = Month.Of(2022, 3);
        var windows = new TrainingWindows(Month.Of(2020, 1), Month.Of(2020, 6), month, month);
        var split = new FirmSplit(42, 1.0);
        var plan = Track(split, "552100554", (Month.Of(2019, 2), ProcolAction.Redressement), (month.AddMonths(5), ProcolAction.Liquidation));
        var liquidation = Track(split, "356000000", (Month.Of(2022, 1), ProcolAction.Liquidation));
        var closed = Track(split, "732829320");
        FirmStanding[] standings =
        [
            new() { Procedure = ProcedureStatus.PlanContinuation, ProcedureDate = new DateOnly(2019, 9, 2) },
            new() { Procedure = ProcedureStatus.Liquidation, ProcedureDate = new DateOnly(2022, 1, 5) },
            new() { Fermeture = ClosureReason.UniteLegaleCessee },
        ];
        var panel = new FeaturePanel([plan, liquidation, closed], [0, 1, 2], [month.Index, month.Index, month.Index],
            new float[3 * FeaturePanel.Width], standings, Month.Of(2019, 1), Month.Of(2024, 1));

        var (train, validation, evaluation, signauxForts) = SplitStage.Select(panel, windows);

        Assert.Empty(train.Rows);
        Assert.Empty(validation.Rows);
        Assert.Equal([0], evaluation.Rows);
        Assert.Equal([true], evaluation.Labels);
        Assert.Equal([1, 2], signauxForts.Rows);
        Assert.Equal([true, false], signauxForts.Labels);
    }

    private static FirmTrack Track(FirmSplit split, string siren, params (Month Month, ProcolAction Action)[] openings)
    {
        var track = new FirmTrack(siren, split.IsHoldout(siren));
        foreach (var (m, action) in openings)
        {
            track.Apply(new ProcedureCollective
            {
                Siren = siren, DeliveredOn = m.FirstDay.AddDays(20), DateEffet = m.FirstDay.AddDays(4), Action = action, Stade = ProcolStade.Ouverture,
            });
        }

        return track;
    }

    [Theory]
    [InlineData(LearnerKind.FastTree)]
    [InlineData(LearnerKind.LightGbm)]
    public void ExportedScorer_SameRows_EqualsMlNetPredictionsIncludingMissingValues(LearnerKind kind)
    {
        var learner = kind == Result.Kept.Kind ? Result.Kept : Learners.Train(kind, TrainedFixture.Settings, Result.Train, CancellationToken.None);
        var rows = Result.Validation;
        var expected = Learners.Predict(learner.Model, rows);
        var scorer = new TreeEnsembleScorer(new ModelVersion("t", new Domain.Alerts.AlertThresholds(0.2, 0.1, 0), ""), learner.Ensemble);
        var maxDiff = 0.0;
        var nanRows = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            maxDiff = Math.Max(maxDiff, Math.Abs(scorer.Probability(rows.Features(i)) - expected[i]));
            nanRows += HasNaN(rows.Features(i)) ? 1 : 0;
        }

        output.WriteLine($"{kind}: {rows.Count} rows ({nanRows} with NaN), max |diff| {maxDiff:E2}, {learner.Ensemble.Trees.Length} trees, missing-left nodes {learner.Ensemble.Trees.Sum(t => t.MissingLeft.Count(m => m))}");
        Assert.True(nanRows > rows.Count / 2, $"{nanRows} rows with missing values");
        Assert.True(maxDiff <= 1e-5, $"max difference {maxDiff}");
    }

    [Fact]
    public void Contributions_AnyRow_SumWithBaseToTheLogOdds()
    {
        var scorer = new TreeEnsembleScorer(new ModelVersion("t", new Domain.Alerts.AlertThresholds(0.2, 0.1, 0), ""), Result.Ensemble);
        var rows = Result.Evaluation;
        for (var i = 0; i < rows.Count; i += 13)
        {
            var values = rows.Features(i).ToArray().Select(v => (double)v).ToArray();
            var vector = new FeatureVector(Result.Panel.FirmOf(rows.Rows[i]).Siren, Result.Panel.MonthOf(rows.Rows[i]), [.. values]);
            var score = scorer.Score(vector);
            var sum = score.BaseLogOdds + score.Contributions.Sum(c => c.Contribution);
            Assert.Equal(Logistic.Logit(score.Probability), sum, 1e-9);
            Assert.Equal(scorer.Probability(values), score.Probability);

            var explanation = ScoreExplanation.From(score);
            Assert.Equal(explanation.RiskPercent, explanation.StartPercent + explanation.Groups.Sum(g => g.Points), 1e-9);
        }
    }

    [Fact]
    public void Train_SameRowsAndSeed_SameModelHash()
    {
        var again = Learners.Train(LearnerKind.FastTree, TrainedFixture.Settings, Result.Train, CancellationToken.None);
        var once = Result.Kept.Kind == LearnerKind.FastTree ? Result.Kept : Learners.Train(LearnerKind.FastTree, TrainedFixture.Settings, Result.Train, CancellationToken.None);
        Assert.Equal(ContentHash.Of(ModelArtifactWriter.SerializeModel(once.Ensemble)), ContentHash.Of(ModelArtifactWriter.SerializeModel(again.Ensemble)));

    }

    [Fact]
    public void Train_WithheldFeature_NoTreeSplitsOnIt()
    {
        // The feature the kept model splits on most often, withheld in a retraining on the same rows.
        var used = Result.Kept.Ensemble.Trees.SelectMany(t => t.Features).GroupBy(f => f).MaxBy(g => g.Count())!.Key;
        var name = Result.Kept.Ensemble.Features[used];
        var settings = TrainedFixture.Settings with { WithheldFeatures = [name] };
        var learner = Learners.Train(Result.Kept.Kind, settings, Result.Train, CancellationToken.None);
        var index = learner.Ensemble.Features.IndexOf(name);
        output.WriteLine($"withheld {name}: {learner.Ensemble.Trees.Length} trees");
        Assert.DoesNotContain(learner.Ensemble.Trees, t => t.Features.Contains(index));
        Assert.All(LearnerSettings.DefaultWithheldFeatures, f => Assert.True(FeatureSchema.IndexOf(f) >= 0, f));
    }

    private static bool HasNaN(ReadOnlySpan<float> values)
    {
        foreach (var v in values)
        {
            if (float.IsNaN(v))
            {
                return true;
            }
        }

        return false;
    }
}
