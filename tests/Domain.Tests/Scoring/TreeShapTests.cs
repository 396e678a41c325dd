using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.Scoring;

/// <summary>
/// TreeSHAP against Shapley values computed by brute force (every coalition) on small random trees, and
/// the Shapley properties on hand-built ones. Calibration slope -1 and offset 0 make log-odds = raw output.
/// </summary>
public class TreeShapTests
{
    private static readonly string[] Names = ["effectif", "dette_totale", "ca", "taux_marge", "ratio_apart", "bfr"];
    private static readonly ModelVersion Version = new("test-trees", new AlertThresholds(0.3, 0.1, 0.15), "test");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Contributions_RandomEnsembles_EqualBruteForceShapleyValues(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var trees = Enumerable.Range(0, random.Next(1, 4)).Select(_ => RandomTree(random)).ToList();
            var scorer = Scorer(trees);
            for (var firm = 0; firm < 5; firm++)
            {
                var x = RandomFirm(random);
                var expected = new double[Names.Length];
                foreach (var tree in trees)
                {
                    var phi = BruteForce(tree, x);
                    for (var f = 0; f < phi.Length; f++)
                    {
                        expected[f] += phi[f];
                    }
                }

                var actual = new double[Names.Length];
                scorer.Contributions(x.Values.AsSpan(), actual);
                for (var f = 0; f < Names.Length; f++)
                {
                    Assert.True(Math.Abs(expected[f] - actual[f]) < 1e-9, $"seed {seed}, round {round}, firm {firm}, feature {Names[f]}: brute force {expected[f]}, TreeSHAP {actual[f]}");
                }
            }
        }
    }

    [Fact]
    public void Contributions_AnyFirm_AddUpToTheLogOddsMinusTheExpectedValue()
    {
        var random = new Random(11);
        for (var round = 0; round < 100; round++)
        {
            var scorer = Scorer([.. Enumerable.Range(0, 5).Select(_ => RandomTree(random))]);
            var score = scorer.Score(RandomFirm(random));
            Assert.Equal(Logistic.Logit(score.Probability), score.BaseLogOdds + score.Contributions.Sum(c => c.Contribution), 9);
        }
    }

    [Fact]
    public void Contributions_FeatureNoTreeSplitsOn_IsZero()
    {
        var random = new Random(12);
        var trees = Enumerable.Range(0, 4).Select(_ => RandomTree(random, features: 4)).ToList();
        var score = Scorer(trees).Score(RandomFirm(random));

        Assert.Equal(0, score.Contributions.Single(c => c.Feature == Names[4]).Contribution);
        Assert.Equal(0, score.Contributions.Single(c => c.Feature == Names[5]).Contribution);
    }

    [Fact]
    public void Contributions_TwoFeaturesPlayingTheSameRole_GetTheSameShare()
    {
        // f = 0 when both are low, 1 when one is high, 3 when both are: symmetric in features 0 and 1, with
        // symmetric covers; a firm high on both must credit them equally (Saabas would credit the root's
        // feature less than the one below it).
        var tree = new DecisionTree(
            Features: [0, 1, 1], Thresholds: [10f, 10f, 10f], MissingLeft: [false, false, false],
            Left: [1, ~0, ~2], Right: [2, ~1, ~3],
            NodeValues: [1.25, 0.5, 2], LeafValues: [0, 1, 1, 3]);
        var score = Scorer([tree]).Score(Firm(20, 20));

        var first = score.Contributions.Single(c => c.Feature == Names[0]).Contribution;
        var second = score.Contributions.Single(c => c.Feature == Names[1]).Contribution;
        Assert.Equal(first, second, 12);
        Assert.Equal(3 - 1.25, first + second, 12);
    }

    [Fact]
    public void Contributions_FeatureSplitTwiceOnAPath_CountsAsOnePlayer()
    {
        // Two splits on feature 0 along the path: the only player that matters gets all of leaf - mean.
        var tree = new DecisionTree(
            Features: [0, 0], Thresholds: [10f, 5f], MissingLeft: [false, false],
            Left: [1, ~0], Right: [~2, ~1],
            NodeValues: [2, 1.5], LeafValues: [1, 2, 3]);
        var score = Scorer([tree]).Score(Firm(7, double.NaN));

        Assert.Equal(2 - 2.0, score.Contributions.Single(c => c.Feature == Names[0]).Contribution, 12);
        var high = Scorer([tree]).Score(Firm(12, double.NaN));
        Assert.Equal(3 - 2.0, high.Contributions.Single(c => c.Feature == Names[0]).Contribution, 12);
    }

    private static TreeEnsembleScorer Scorer(IReadOnlyList<DecisionTree> trees) =>
        new(Version, new TreeEnsemble([.. Names], 0, [.. trees], new PlattCalibration(-1, 0)));

    private static FeatureVector Firm(params double[] values)
    {
        var all = Enumerable.Repeat(double.NaN, FeatureSchema.Count).ToArray();
        for (var f = 0; f < values.Length; f++)
        {
            all[FeatureSchema.IndexOf(Names[f])] = values[f];
        }

        return new FeatureVector("123456782", Month.Of(2024, 1), [.. all]);
    }

    private static FeatureVector RandomFirm(Random random) =>
        Firm([.. Names.Select(_ => random.NextDouble() < 0.15 ? double.NaN : random.Next(0, 20))]);

    // A random tree of up to 7 leaves over the first `features` names, node values the cover-weighted means
    // of random leaf covers (some zero: the exporter's rule, plain mean when nothing reaches a node).
    private static DecisionTree RandomTree(Random random, int features = 6)
    {
        var split = new List<int>();
        var threshold = new List<float>();
        var missingLeft = new List<bool>();
        var left = new List<int>();
        var right = new List<int>();
        var leaves = new List<double>();
        var covers = new List<long>();
        var budget = random.Next(1, 7);

        int Build(int depth)
        {
            if (budget == 0 || depth >= 4 || (depth > 0 && random.NextDouble() < 0.3))
            {
                leaves.Add(Math.Round((random.NextDouble() * 4) - 2, 3));
                covers.Add(random.NextDouble() < 0.15 ? 0 : random.Next(1, 100));
                return ~(leaves.Count - 1);
            }

            budget--;
            var n = split.Count;
            split.Add(random.Next(features));
            threshold.Add(random.Next(0, 20) + 0.5f);
            missingLeft.Add(random.NextDouble() < 0.5);
            left.Add(0);
            right.Add(0);
            left[n] = Build(depth + 1);
            right[n] = Build(depth + 1);
            return n;
        }

        Build(0);
        var nodeValues = new double[split.Count];
        for (var n = 0; n < split.Count; n++)
        {
            var (c, v, count, plain) = Mean(n);
            nodeValues[n] = c > 0 ? v / c : plain / count;
        }

        return new DecisionTree([.. split], [.. threshold], [.. missingLeft], [.. left], [.. right], [.. nodeValues], [.. leaves]);

        (long Cover, double Weighted, int Count, double Plain) Mean(int child)
        {
            if (child < 0)
            {
                return (covers[~child], covers[~child] * leaves[~child], 1, leaves[~child]);
            }

            var a = Mean(left[child]);
            var b = Mean(right[child]);
            return (a.Cover + b.Cover, a.Weighted + b.Weighted, a.Count + b.Count, a.Plain + b.Plain);
        }
    }

    // Shapley values of the game v(S) = expected output when the features in S follow the firm's path and
    // the others split by the training shares the node values imply, summed over every coalition.
    private static double[] BruteForce(DecisionTree tree, FeatureVector firm)
    {
        var n = Names.Length;
        var x = Names.Select(name => (float)firm[name]).ToArray();
        var phi = new double[n];
        var factorial = new double[n + 1];
        factorial[0] = 1;
        for (var i = 1; i <= n; i++)
        {
            factorial[i] = factorial[i - 1] * i;
        }

        for (var i = 0; i < n; i++)
        {
            for (var set = 0; set < 1 << n; set++)
            {
                if ((set & (1 << i)) != 0)
                {
                    continue;
                }

                var size = System.Numerics.BitOperations.PopCount((uint)set);
                var weight = factorial[size] * factorial[n - size - 1] / factorial[n];
                phi[i] += weight * (Value(tree, x, set | (1 << i), 0) - Value(tree, x, set, 0));
            }
        }

        return phi;
    }

    private static double Value(DecisionTree tree, float[] x, int set, int node)
    {
        if (tree.NodeCount == 0)
        {
            return tree.LeafValues[0];
        }

        if (node < 0)
        {
            return tree.LeafValues[~node];
        }

        var f = tree.Features[node];
        if ((set & (1 << f)) != 0)
        {
            var goLeft = float.IsNaN(x[f]) ? tree.MissingLeft[node] : x[f] <= tree.Thresholds[node];
            return Value(tree, x, set, goLeft ? tree.Left[node] : tree.Right[node]);
        }

        double Of(int child) => child >= 0 ? tree.NodeValues[child] : tree.LeafValues[~child];
        var (l, r) = (Of(tree.Left[node]), Of(tree.Right[node]));
        var share = l == r ? 0.5 : (tree.NodeValues[node] - r) / (l - r);
        return (share * Value(tree, x, set, tree.Left[node])) + ((1 - share) * Value(tree, x, set, tree.Right[node]));
    }
}
