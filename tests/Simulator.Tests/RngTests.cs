using SignauxFaibles.Simulator.Randomness;

namespace SignauxFaibles.Simulator.Tests;

public sealed class RngTests
{
    [Fact]
    public void For_SameKeys_GivesTheSameStream_OtherKeysAnother()
    {
        var a = Rng.For(1, 2, 3);
        var b = Rng.For(1, 2, 3);
        var c = Rng.For(1, 2, 4);
        var sa = Enumerable.Range(0, 5).Select(_ => a.NextUInt64()).ToList();
        var sb = Enumerable.Range(0, 5).Select(_ => b.NextUInt64()).ToList();
        var sc = Enumerable.Range(0, 5).Select(_ => c.NextUInt64()).ToList();
        Assert.Equal(sa, sb);
        Assert.NotEqual(sa, sc);
    }

    [Fact]
    public void Draws_HaveTheRightMoments()
    {
        var rng = Rng.For(42, 1);
        const int n = 200_000;
        double sum = 0, sumSq = 0, uniform = 0, poisson = 0;
        var ints = new int[10];
        for (var i = 0; i < n; i++)
        {
            var x = rng.Normal();
            sum += x;
            sumSq += x * x;
            uniform += rng.NextDouble();
            poisson += rng.Poisson(3.5);
            ints[rng.Next(0, 10)]++;
        }

        Assert.Equal(0, sum / n, 1);
        Assert.Equal(1, sumSq / n, 1);
        Assert.Equal(0.5, uniform / n, 2);
        Assert.Equal(3.5, poisson / n, 1);
        Assert.All(ints, k => Assert.InRange(k, n / 10 * 0.95, n / 10 * 1.05));
    }
}
