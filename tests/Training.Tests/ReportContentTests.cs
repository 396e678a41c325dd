using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Models;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Tests.Infrastructure;

namespace SignauxFaibles.Training.Tests;

/// <summary>The report of the small end-to-end run: every scorer in every table, segments, levels as emitted, SHAP by group.</summary>
[Collection(TrainedModel.Name)]
public class ReportContentTests(TrainedFixture fixture)
{
    private EvaluationReport Report => fixture.Result.Report;

    [Fact]
    public void Report_ShowsTheLogisticBaselineBesideTheOtherScorers()
    {
        Assert.NotNull(Report.Baseline);
        Assert.False(Report.Baseline.Kept);
        Assert.NotNull(Report.WithoutAfterJudgment.Logistic);
        Assert.NotNull(Report.Validation.Logistic);
        Assert.True(Report.Validation.Logistic.RocAuc > 0.6, $"logistic validation AUC {Report.Validation.Logistic.RocAuc}");
        Assert.Equal(["model", "oracle", "transparent", "logistic"], Report.EmittedLevels.Select(e => e.Scorer));
        Assert.True(Report.Brier.ContainsKey("logistic"));
        Assert.Empty(Report.Search);
        var markdown = File.ReadAllText(Path.Combine(fixture.Result.Directory, ModelFiles.EvaluationMarkdown));
        foreach (var section in new[] { "logistic baseline", "Alert levels as emitted", "By NAF section", "By size band", "By région", "Signaux forts apart", "mean |SHAP|" })
        {
            Assert.Contains(section, markdown, StringComparison.Ordinal);
        }

        Assert.True(File.Exists(Path.Combine(fixture.Result.Directory, ReportPlots.ShapGroupsFile)));
    }

    [Fact]
    public void Segments_OfEachDimension_AddUpToTheHeadlineRows()
    {
        var headline = Report.WithoutAfterJudgment.Model;
        foreach (var dimension in new[] { Segments.NafSection, Segments.SizeBand, Segments.Region })
        {
            var segments = Report.Segments.Where(s => s.Dimension == dimension).ToList();
            Assert.NotEmpty(segments);
            Assert.Equal(headline.Rows, segments.Sum(s => s.Rows));
            Assert.Equal(headline.Positives, segments.Sum(s => s.Positives));
        }
    }

    [Fact]
    public void EmittedLevels_AreMeasuredOnTheHeadlineRows()
    {
        var headline = Report.WithoutAfterJudgment.Model;
        Assert.All(Report.EmittedLevels, e => Assert.Equal((headline.Rows, headline.Positives), (e.Rows, e.Positives)));
        var model = Report.EmittedLevels[0];
        Assert.Equal(Report.Thresholds, model.Thresholds);
        Assert.True(model.Orange.Alerts >= model.Red.Alerts);
    }

    [Fact]
    public void ShapByGroup_HasTheSixWaterfallParts_AndBoundsTheMeanLogOddsShift()
    {
        var groups = Report.ShapByGroup;
        Assert.Equal(ExplanationGroups.Waterfall.Select(g => g.Label()), groups.Select(g => g.Label));
        Assert.Equal(1, groups.Sum(g => g.Share), 9);

        // |logit(p) - base| = |sum of the groups| <= sum of |group|, row by row, so also on average.
        var result = fixture.Result;
        var scorer = new TreeEnsembleScorer(new ModelVersion("t", Report.Thresholds, ""), result.Ensemble);
        var n = Math.Min(result.Evaluation.Count, ShapImportance.MaxRows);
        var shift = 0.0;
        for (var k = 0; k < n; k++)
        {
            var i = (int)((long)k * result.Evaluation.Count / n);
            var values = result.Evaluation.Features(i).ToArray().Select(v => (double)v).ToArray();
            shift += Math.Abs(scorer.LogOdds(values) - scorer.BaseLogOdds) / n;
        }

        Assert.True(shift > 0);
        Assert.True(groups.Sum(g => g.MeanAbsShap) >= shift - 1e-9, $"sum of mean |group SHAP| {groups.Sum(g => g.MeanAbsShap)} < mean |shift| {shift}");
    }
}
