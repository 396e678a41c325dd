using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.ML.Calibrators;
using SignauxFaibles.Domain.Scoring.Trees;

namespace SignauxFaibles.Training.Learning;

/// <summary>
/// Exports an ML.NET tree ensemble (FastTree or LightGBM) to the pure <see cref="TreeEnsemble"/>. ML.NET's
/// prediction sums the trees' leaf values (no tree weight, no bias), each tree going left when
/// <c>value &lt;= threshold</c> in float; a missing value (NaN) is first replaced by the node's
/// <c>DefaultValueForMissing</c> when the tree has one (LightGBM) and otherwise compares false, so goes
/// right (FastTree). Those internals are not public, so they are read by reflection here, once, and the
/// parity test checks the result against ML.NET's own predictions. Node values for explanations are the
/// training-cover weighted means of the leaves below each node, measured on the training rows.
/// </summary>
internal static class TreeExporter
{
    private const BindingFlags Any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>At most this many training rows are run through the trees to measure leaf covers.</summary>
    public const int CoverRows = 200_000;

    public static TreeEnsemble Export(object treeModel, PlattCalibrator calibrator, IReadOnlyList<string> features, MissingEncoding encoding, RowSet? coverRows)
    {
        ArgumentNullException.ThrowIfNull(treeModel);
        ArgumentNullException.ThrowIfNull(calibrator);
        var internalEnsemble = Member(treeModel, "TrainedEnsemble")
            ?? throw new NotSupportedException($"{treeModel.GetType().Name} has no TrainedEnsemble: not an ML.NET tree ensemble");
        var trees = new List<RawTree>();
        foreach (var tree in (IEnumerable)(Member(internalEnsemble, "Trees") ?? throw new NotSupportedException("ensemble without Trees")))
        {
            trees.Add(Read(tree, features.Count, encoding));
        }

        var covers = MeasureCovers(trees, coverRows);
        var exported = ImmutableArray.CreateBuilder<DecisionTree>(trees.Count);
        for (var t = 0; t < trees.Count; t++)
        {
            exported.Add(trees[t].ToDecisionTree(covers[t]));
        }

        return new TreeEnsemble([.. features], 0, exported.MoveToImmutable(), new PlattCalibration(calibrator.Slope, calibrator.Offset));
    }

    private static RawTree Read(object tree, int featureCount, MissingEncoding encoding)
    {
        var leaves = (int)Member(tree, "NumLeaves")!;
        if (leaves <= 1)
        {
            // ML.NET outputs 0 for a tree that never split, whatever its leaf array holds.
            return new RawTree([], [], [], [], [], [0.0]);
        }

        var nodes = leaves - 1;
        if (Member(tree, "CategoricalSplit") is bool[] categorical && categorical.Take(nodes).Any(c => c))
        {
            throw new NotSupportedException("categorical splits are not exported (the panel has no categorical column)");
        }

        var lte = ((int[])Member(tree, "LteChild")!)[..nodes];
        var gt = ((int[])Member(tree, "GtChild")!)[..nodes];
        var split = ((int[])Member(tree, "SplitFeatures")!)[..nodes];
        var thresholds = ((float[])Member(tree, "RawThresholds")!)[..nodes];
        var values = ((double[])Member(tree, "LeafValues")!)[..leaves];
        var defaults = Member(tree, "DefaultValueForMissing") as float[];
        if (split.Any(f => f < 0 || f >= (encoding == MissingEncoding.Native ? featureCount : 2 * featureCount)))
        {
            throw new NotSupportedException("a split feature is outside the panel's columns");
        }

        var missingLeft = new bool[nodes];
        for (var n = 0; n < nodes; n++)
        {
            if (encoding == MissingEncoding.Native)
            {
                // NaN <= t is false; a default value for missing is compared instead when the tree has them.
                missingLeft[n] = defaults is not null && defaults[n] <= thresholds[n];
            }
            else if (split[n] < featureCount)
            {
                // The learner saw 0 for a missing value.
                missingLeft[n] = 0f <= thresholds[n];
            }
            else
            {
                // An indicator: 1 when the feature is missing, 0 when present. Present values all go the side
                // 0 takes, which a threshold of +/- infinity on the feature itself reproduces.
                var t = thresholds[n];
                split[n] -= featureCount;
                missingLeft[n] = 1f <= t;
                thresholds[n] = 0f <= t ? float.PositiveInfinity : float.NegativeInfinity;
            }
        }

        return new RawTree(split, thresholds, missingLeft, lte, gt, values);
    }

    private static long[][] MeasureCovers(List<RawTree> trees, RowSet? rows)
    {
        var covers = trees.Select(t => new long[t.LeafValues.Length]).ToArray();
        if (rows is null || rows.Count == 0)
        {
            return covers;
        }

        var step = Math.Max(1, rows.Count / CoverRows);
        Parallel.For(0, trees.Count, t =>
        {
            var tree = trees[t];
            for (var i = 0; i < rows.Count; i += step)
            {
                covers[t][tree.Leaf(rows.Features(i))]++;
            }
        });
        return covers;
    }

    internal static object? Member(object target, string name)
    {
        for (var type = target.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetProperty(name, Any | BindingFlags.DeclaredOnly) is { } property)
            {
                return property.GetValue(target);
            }

            if (type.GetField(name, Any | BindingFlags.DeclaredOnly) is { } field)
            {
                return field.GetValue(target);
            }
        }

        return null;
    }

    private sealed record RawTree(int[] Split, float[] Thresholds, bool[] MissingLeft, int[] Lte, int[] Gt, double[] LeafValues)
    {
        public int Leaf(ReadOnlySpan<float> values)
        {
            if (Split.Length == 0)
            {
                return 0;
            }

            var node = 0;
            while (node >= 0)
            {
                var x = values[Split[node]];
                node = (float.IsNaN(x) ? MissingLeft[node] : x <= Thresholds[node]) ? Lte[node] : Gt[node];
            }

            return ~node;
        }

        public DecisionTree ToDecisionTree(long[] leafCovers)
        {
            var nodeValues = new double[Split.Length];
            for (var n = 0; n < Split.Length; n++)
            {
                nodeValues[n] = Expected(n, leafCovers);
            }

            return new DecisionTree([.. Split], [.. Thresholds], [.. MissingLeft], [.. Lte], [.. Gt], [.. nodeValues], [.. LeafValues]);
        }

        // Cover-weighted mean of the leaves below a node; unweighted when no training row reaches it.
        private double Expected(int node, long[] covers)
        {
            double weighted = 0, plain = 0;
            long cover = 0;
            var count = 0;
            var stack = new Stack<int>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                foreach (var child in (ReadOnlySpan<int>)[Lte[n], Gt[n]])
                {
                    if (child >= 0)
                    {
                        stack.Push(child);
                    }
                    else
                    {
                        var leaf = ~child;
                        weighted += covers[leaf] * LeafValues[leaf];
                        cover += covers[leaf];
                        plain += LeafValues[leaf];
                        count++;
                    }
                }
            }

            return cover > 0 ? weighted / cover : plain / count;
        }
    }
}
