using CsCheck;
using SignauxFaibles.Training.Evaluation;

namespace SignauxFaibles.Training.Tests;

public class MetricsTests
{
    [Fact]
    public void RocAuc_RandomScoresWithTies_EqualsPairwiseCount() =>
        Gen.Select(Gen.Int[0, 20], Gen.Bool).Array[2, 200].Sample(pairs =>
        {
            var scores = pairs.Select(p => p.Item1 / 10.0).ToArray();
            var labels = pairs.Select(p => p.Item2).ToArray();
            if (labels.All(l => l) || labels.All(l => !l))
            {
                return double.IsNaN(Metrics.RocAuc(scores, labels));
            }

            double wins = 0, pairsCount = 0;
            for (var i = 0; i < scores.Length; i++)
            {
                for (var j = 0; j < scores.Length; j++)
                {
                    if (labels[i] && !labels[j])
                    {
                        pairsCount++;
                        wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                    }
                }
            }

            return Math.Abs(Metrics.RocAuc(scores, labels) - (wins / pairsCount)) < 1e-12;
        });

    [Fact]
    public void AveragePrecision_KnownRanking_MatchesHandComputation()
    {
        // Ranking: +, -, +, -, -  => AP = (1/2)(1/1) + (1/2)(2/3).
        double[] scores = [0.9, 0.8, 0.7, 0.2, 0.1];
        bool[] labels = [true, false, true, false, false];
        Assert.Equal((0.5 * 1) + (0.5 * 2 / 3.0), Metrics.AveragePrecision(scores, labels), 12);
    }

    [Fact]
    public void BestThreshold_F2PrefersRecallAndF05Precision()
    {
        double[] scores = [0.9, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1];
        bool[] labels = [true, true, false, true, false, true, false, false];
        var red = Metrics.BestThreshold(scores, labels, 0.5);
        var orange = Metrics.BestThreshold(scores, labels, 2);
        Assert.Equal(0.8, red);
        Assert.Equal(0.3, orange);
        var at = Metrics.At(scores, labels, orange);
        Assert.Equal((6L, 4 / 6.0, 1.0), (at.Alerts, at.Precision, at.Recall));
    }
}
