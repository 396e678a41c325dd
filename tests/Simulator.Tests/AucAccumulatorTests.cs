using SignauxFaibles.Simulator.Randomness;
using SignauxFaibles.Simulator.Truth;

namespace SignauxFaibles.Simulator.Tests;

public sealed class AucAccumulatorTests
{
    [Fact]
    public void Auc_OfRandomScores_MatchesTheExactPairwiseCount()
    {
        var rng = Rng.For(5, 5);
        var scores = new List<(double P, bool Label)>();
        for (var i = 0; i < 3000; i++)
        {
            var label = rng.Bernoulli(0.1);
            var logit = rng.Normal(label ? -2 : -3, 1);
            scores.Add((1 / (1 + Math.Exp(-logit)), label));
        }

        var acc = new AucAccumulator();
        foreach (var (p, label) in scores)
        {
            acc.Add(p, label);
        }

        double wins = 0;
        var positives = scores.Where(s => s.Label).ToList();
        var negatives = scores.Where(s => !s.Label).ToList();
        foreach (var pos in positives)
        {
            foreach (var neg in negatives)
            {
                wins += pos.P > neg.P ? 1 : pos.P == neg.P ? 0.5 : 0;
            }
        }

        var exact = wins / (positives.Count * (double)negatives.Count);
        Assert.Equal(exact, acc.Auc(), 3);
        Assert.InRange(exact, 0.65, 0.85);
    }

    [Fact]
    public void Merge_OfSplitAccumulators_EqualsOneAccumulator()
    {
        var rng = Rng.For(6, 6);
        var whole = new AucAccumulator();
        var parts = new[] { new AucAccumulator(), new AucAccumulator() };
        for (var i = 0; i < 2000; i++)
        {
            var p = rng.NextDouble();
            var label = rng.Bernoulli(p * 0.3);
            whole.Add(p, label);
            parts[i % 2].Add(p, label);
        }

        parts[0].Merge(parts[1]);
        Assert.Equal(whole.Auc(), parts[0].Auc());
        Assert.Equal(whole.Positives, parts[0].Positives);
    }

    [Fact]
    public void Auc_WithoutBothClasses_IsNaN() =>
        Assert.True(double.IsNaN(new AucAccumulator().Auc()));
}
