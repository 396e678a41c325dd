using CsCheck;
using SignauxFaibles.Training.Evaluation;

namespace SignauxFaibles.Training.Tests;

public sealed class CurvesTests
{
    [Fact]
    public void Brier_HandComputed()
    {
        double[] scores = [0.9, 0.2, 0.5, 0.0];
        bool[] labels = [true, false, false, false];

        // (0.1^2 + 0.2^2 + 0.5^2 + 0) / 4
        Assert.Equal((0.01 + 0.04 + 0.25) / 4, Curves.Brier(scores, labels), 12);
    }

    [Fact]
    public void Roc_TiesMoveTogether_FromOriginToOne()
    {
        double[] scores = [0.9, 0.5, 0.5, 0.1];
        bool[] labels = [true, true, false, false];

        var (fpr, tpr) = Curves.Roc(scores, labels);

        Assert.Equal([0, 0, 0.5, 1], fpr);
        Assert.Equal([0, 0.5, 1, 1], tpr);
    }

    [Fact]
    public void Roc_AreaUnderTheCurve_EqualsTheRankAuc()
    {
        Gen.Select(Gen.Int[0, 20].Array[2, 60], Gen.Bool.Array[60]).Sample((raw, flags) =>
        {
            var scores = raw.Select(v => v / 20.0).ToArray();
            var labels = flags[..scores.Length];
            var (fpr, tpr) = Curves.Roc(scores, labels);
            if (fpr.Length == 0)
            {
                return double.IsNaN(Metrics.RocAuc(scores, labels));
            }

            var area = 0.0;
            for (var i = 1; i < fpr.Length; i++)
            {
                area += (fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1]) / 2;
            }

            return Math.Abs(area - Metrics.RocAuc(scores, labels)) < 1e-9 && fpr[^1] == 1 && tpr[^1] == 1;
        });
    }

    [Fact]
    public void PrecisionRecall_RecallGrowsToOne_PrecisionAtTheEndIsTheBaseRate()
    {
        Gen.Select(Gen.Double[0, 1].Array[5, 80], Gen.Bool.Array[80]).Sample((scores, flags) =>
        {
            var labels = flags[..scores.Length];
            var (recall, precision) = Curves.PrecisionRecall(scores, labels);
            if (!labels.Any(l => l))
            {
                return recall.Length == 0;
            }

            var baseRate = labels.Count(l => l) / (double)labels.Length;
            return recall.Zip(recall.Skip(1)).All(p => p.First <= p.Second)
                && recall[^1] == 1
                && Math.Abs(precision[^1] - baseRate) < 1e-12;
        });
    }

    [Fact]
    public void Thin_KeepsFirstAndLastAndAtMostThePointsAsked()
    {
        var x = Enumerable.Range(0, 10_001).Select(i => i / 10_000.0).ToArray();
        var y = x.Select(v => v * v).ToArray();

        var (tx, ty) = Curves.Thin(x, y, 500);

        Assert.Equal(500, tx.Length);
        Assert.Equal((x[0], y[0]), (tx[0], ty[0]));
        Assert.Equal((x[^1], y[^1]), (tx[^1], ty[^1]));
        Assert.True(tx.Zip(tx.Skip(1)).All(p => p.First < p.Second));
    }

    [Fact]
    public void ReportPlots_DrawThreePngFiles()
    {
        var random = new Random(7);
        var labels = Enumerable.Range(0, 2_000).Select(_ => random.NextDouble() < 0.05).ToArray();
        var model = labels.Select(l => Math.Clamp((l ? 0.2 : 0.03) + (random.NextDouble() * 0.1), 0, 1)).ToArray();
        var transparent = labels.Select(l => Math.Clamp((l ? 0.1 : 0.04) + (random.NextDouble() * 0.1), 0, 1)).ToArray();

        var files = ReportPlots.Draw([new("model", model, labels), new("transparent", transparent, labels)], Metrics.Calibration(model, labels));

        Assert.Equal([ReportPlots.CalibrationFile, ReportPlots.PrecisionRecallFile, ReportPlots.RocFile], files.Keys.Order(StringComparer.Ordinal));
        Assert.All(files.Values, png => Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]));
        Assert.All(files.Values, png => Assert.True(png.Length > 5_000, $"{png.Length} bytes: an empty plot?"));
    }
}
