using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training.Tests;

/// <summary>The logistic regression baseline on synthetic panels where the answer is known.</summary>
public class LogisticBaselineTests
{
    private static readonly LearnerSettings Settings = LearnerSettings.Default with { Threads = 1 };

    /// <summary>
    /// Rows whose label is carried by <paramref name="signal"/> (shifted by 2 standard deviations for
    /// positives, missing in a tenth of the rows), every other feature noise or missing.
    /// </summary>
    private static RowSet Synthetic(int rows, int seed, string signal)
    {
        var random = new Random(seed);
        var width = FeaturePanel.Width;
        var features = new float[rows * width];
        var labels = new bool[rows];
        var signalIndex = FeatureSchema.IndexOf(signal);
        for (var r = 0; r < rows; r++)
        {
            labels[r] = random.NextDouble() < 0.2;
            for (var k = 0; k < width; k++)
            {
                features[(r * width) + k] = random.NextDouble() < 0.3 ? float.NaN : (float)random.NextDouble();
            }

            features[(r * width) + signalIndex] = random.NextDouble() < 0.1 ? float.NaN : (float)(Normal(random) + (labels[r] ? 2 : 0));
        }

        var firms = new[] { new FirmTrack("000000001", holdout: false) };
        var panel = new FeaturePanel(firms, new int[rows], [.. Enumerable.Repeat(Month.Of(2020, 1).Index, rows)], features,
            [.. Enumerable.Repeat(FirmStanding.InBonis, rows)], Month.Of(2019, 1), Month.Of(2024, 1));
        return new RowSet(panel, [.. Enumerable.Range(0, rows)], labels);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    [Fact]
    public void Baseline_SeparableSet_BeatsRandomByFar()
    {
        var baseline = LogisticBaseline.Train(Settings, Synthetic(3000, 1, "dette_par_effectif"), CancellationToken.None);
        var test = Synthetic(3000, 2, "dette_par_effectif");

        var scores = baseline.Score(test);

        // Two standard deviations apart: the Bayes AUC is about 0.92 (a little less with a tenth missing).
        Assert.True(Metrics.RocAuc(scores, test.Labels) > 0.85, $"AUC {Metrics.RocAuc(scores, test.Labels)}");
        Assert.All(scores, p => Assert.InRange(p, 0, 1));
    }

    [Fact]
    public void Baseline_SignalOnlyInAWithheldFeature_IsNoBetterThanChance()
    {
        // region_code is withheld by default: the regression must not see it.
        var baseline = LogisticBaseline.Train(Settings, Synthetic(3000, 1, "region_code"), CancellationToken.None);
        var test = Synthetic(3000, 2, "region_code");

        var auc = Metrics.RocAuc(baseline.Score(test), test.Labels);

        Assert.InRange(auc, 0.4, 0.6);
    }

    [Fact]
    public void Baseline_SameSeed_SameScores()
    {
        var train = Synthetic(2000, 3, "dette_par_effectif");
        var test = Synthetic(500, 4, "dette_par_effectif");

        var a = LogisticBaseline.Train(Settings, train, CancellationToken.None).Score(test);
        var b = LogisticBaseline.Train(Settings, train, CancellationToken.None).Score(test);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Sample_KeepsAtMostMaxRows_InRowOrder_DeterminedByTheSeed()
    {
        var rows = Synthetic(1000, 5, "dette_par_effectif");

        var a = LogisticBaseline.Sample(rows, 300, 7);
        var b = LogisticBaseline.Sample(rows, 300, 7);
        var c = LogisticBaseline.Sample(rows, 300, 8);

        Assert.Equal(300, a.Count);
        Assert.Equal(a.Rows, b.Rows);
        Assert.NotEqual(a.Rows, c.Rows);
        Assert.Equal(a.Rows.Order(), a.Rows);
        Assert.Same(rows, LogisticBaseline.Sample(rows, 5000, 7));
    }
}
