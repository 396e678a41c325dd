using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Stages;
using SignauxFaibles.Training.Tests.Infrastructure;

namespace SignauxFaibles.Training.Tests;

/// <summary>The hyper-parameter search: its candidates, its rule, and that it never looks at the evaluation window.</summary>
[Collection(TrainedModel.Name)]
public class HyperSearchTests(TrainedFixture fixture)
{
    private TrainingResult Result => fixture.Result;

    private TrainingWindows Windows => TrainingWindows.For(Result.Panel.FirstMonth, Result.Panel.LastMonth, 4, 3)!;

    [Fact]
    public void Candidates_StartWithTheRunsSettings_AreDistinct_AndFixedByTheSeed()
    {
        var run = LearnerSettings.Default;

        var a = HyperSearch.Candidates(run, 6);
        var b = HyperSearch.Candidates(run, 6);
        var other = HyperSearch.Candidates(run with { Seed = 2 }, 6);

        Assert.Equal(6, a.Count);
        Assert.Equal(run, a[0]);
        Assert.Equal(a, b);
        Assert.Equal(6, a.Distinct().Count());
        Assert.NotEqual(a.Skip(1).Select(s => s with { Seed = 0 }), other.Skip(1).Select(s => s with { Seed = 0 }));
        Assert.Contains(HyperSearch.Grid(run), s => s.Unbalanced);
        Assert.Equal([run], HyperSearch.Candidates(run, 0));
        Assert.Equal([run], HyperSearch.Candidates(run, 1));
    }

    [Fact]
    public void Fit_WithEvaluationRowsAsValidation_Refuses()
    {
        var rows = new SplitRows(Result.Train, Result.Evaluation, Result.Evaluation, Result.Evaluation, null);
        var options = new TrainingOptions { Id = "x", OutputDirectory = "unused", Settings = TrainedFixture.Settings, SearchCandidates = 3, LogisticBaseline = false };

        var error = Assert.Throws<InvalidOperationException>(() => FitStage.Fit(options, rows, Windows, new StageLog(), null, CancellationToken.None));

        Assert.Contains("validation rows", error.Message, StringComparison.Ordinal);
        HyperSearch.RequireTrainingMonths(Result.Validation, Windows, "validation");
        HyperSearch.RequireTrainingMonths(Result.Train, Windows, "training");
    }

    [Fact]
    public void Fit_WithSearch_KeepsTheCandidateWithTheBestValidationAucPr_AndReportsEveryOne()
    {
        var rows = new SplitRows(Result.Train, Result.Validation, Result.Evaluation, Result.Evaluation, null);
        var settings = TrainedFixture.Settings with { Trees = 30, Threads = 2 };
        var options = new TrainingOptions
        {
            Id = "x", OutputDirectory = "unused", Settings = settings, SearchCandidates = 3, LogisticBaseline = false, Learners = [LearnerKind.LightGbm, LearnerKind.FastTree],
        };

        var fit = FitStage.Fit(options, rows, Windows, new StageLog(), null, CancellationToken.None);

        Assert.Equal(6, fit.Search.Count);
        var kept = Assert.Single(fit.Search, c => c.Kept);
        Assert.Equal(fit.Search.Max(c => c.ValidationAucPr), kept.ValidationAucPr);
        Assert.Equal(kept.Learner, fit.Best.Description);
        Assert.Equal(kept.ValidationAucPr, Metrics.AveragePrecision(fit.ValidationScores, Result.Validation.Labels), 12);
        Assert.Equal(settings.Describe(LearnerKind.LightGbm), fit.Search[0].Learner);
        Assert.Equal(HyperSearch.Candidates(settings, 3).Select(s => s.Describe(LearnerKind.FastTree)), fit.Search.Skip(3).Select(c => c.Learner));
    }
}
