using System.Collections.Immutable;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Scoring.Trees;

/// <summary>
/// Scores with a trained <see cref="TreeEnsemble"/>, reproducing the learner's own prediction (float
/// comparisons, its missing-value rule, Platt calibration). Immutable once built, so one instance serves
/// every grain of a silo concurrently. <see cref="Probability(ReadOnlySpan{double})"/> allocates nothing;
/// <see cref="Score"/> adds the explanation: each tree's exact Shapley values (path-dependent TreeSHAP,
/// TreeEnsembleScorer.Shap.cs) scaled by the calibration slope, so that
/// <c>BaseLogOdds + sum of contributions = logit(Probability)</c>. The cover fraction of each split is read
/// from the node values (cover-weighted means of the leaves below): the left child's share is
/// <c>(node - right) / (left - right)</c>, one half when both children expect the same output.
/// </summary>
public sealed partial class TreeEnsembleScorer : IRiskScorer
{
    // Bit 30 of a node's feature: a missing value goes left. Nodes are 16-byte structs in one array, so a
    // tree walk touches one cache line per node; children are absolute node indexes or ~absolute leaf.
    private const int MissingLeftFlag = 1 << 30;
    private const int FeatureMask = MissingLeftFlag - 1;

    private readonly Node[] _nodes;
    private readonly int[] _roots;
    private readonly int[] _modelIndex;      // per node: position of the split feature in the model's feature list
    private readonly double[] _nodeValues;
    private readonly double[] _leftFraction;   // per node: share of the training cover that went left
    private readonly int _shapBuffer;
    private readonly double[] _leafValues;
    private readonly double[] _rootValues;
    private readonly int[] _featureSchemaIndex;
    private readonly string[] _featureNames;
    private readonly FeatureGroup[] _featureGroups;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    /// <summary>Builds the scorer.</summary>
    /// <exception cref="ArgumentException">A feature is not in the schema or a tree is inconsistent.</exception>
    public TreeEnsembleScorer(ModelVersion model, TreeEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(ensemble);
        Model = model;
        Ensemble = ensemble;
        var features = ensemble.Features;
        if (features.IsDefaultOrEmpty || ensemble.Trees.IsDefaultOrEmpty)
        {
            throw new ArgumentException("an ensemble needs features and trees", nameof(ensemble));
        }

        _featureNames = [.. features];
        _featureSchemaIndex = new int[features.Length];
        _featureGroups = new FeatureGroup[features.Length];
        for (var f = 0; f < features.Length; f++)
        {
            var index = FeatureSchema.IndexOf(features[f]);
            if (index < 0)
            {
                throw new ArgumentException($"feature '{features[f]}' is not in the feature schema", nameof(ensemble));
            }

            _featureSchemaIndex[f] = index;
            _featureGroups[f] = FeatureSchema.All[index].Group;
        }

        var trees = ensemble.Trees;
        _roots = new int[trees.Length];
        _rootValues = new double[trees.Length];
        int nodes = 0, leaves = 0;
        foreach (var tree in trees)
        {
            if (tree.Problem(features.Length) is { } problem)
            {
                throw new ArgumentException($"tree {_roots.Length}: {problem}", nameof(ensemble));
            }

            nodes += tree.NodeCount;
            leaves += tree.LeafValues.Length;
        }

        _nodes = new Node[nodes];
        _modelIndex = new int[nodes];
        _nodeValues = new double[nodes];
        _leftFraction = new double[nodes];
        _leafValues = new double[leaves];
        var maxDepth = 0;
        var baseRaw = ensemble.Bias;
        int nodeStart = 0, leafStart = 0;
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            int Child(int c) => c >= 0 ? nodeStart + c : ~(leafStart + ~c);
            for (var n = 0; n < tree.NodeCount; n++)
            {
                var i = nodeStart + n;
                var feature = _featureSchemaIndex[tree.Features[n]] | (tree.MissingLeft[n] ? MissingLeftFlag : 0);
                _nodes[i] = new Node(feature, tree.Thresholds[n], Child(tree.Left[n]), Child(tree.Right[n]));
                _modelIndex[i] = tree.Features[n];
                _nodeValues[i] = tree.NodeValues[n];
            }

            tree.LeafValues.CopyTo(_leafValues, leafStart);
            _roots[t] = tree.NodeCount == 0 ? ~leafStart : nodeStart;
            _rootValues[t] = _roots[t] < 0 ? tree.LeafValues[0] : Expected(_roots[t], 0, ref maxDepth);
            baseRaw += _rootValues[t];
            nodeStart += tree.NodeCount;
            leafStart += tree.LeafValues.Length;
        }

        _shapBuffer = ShapBufferLength(maxDepth);
        _bias = ensemble.Bias;
        _slope = ensemble.Calibration.Slope;
        _offset = ensemble.Calibration.Offset;
        BaseLogOdds = -((_slope * baseRaw) + _offset);
    }

    public ModelVersion Model { get; }

    /// <summary>The ensemble this scorer applies.</summary>
    public TreeEnsemble Ensemble { get; }

    /// <summary>The log-odds of the reference firm (every tree at its expected value).</summary>
    public double BaseLogOdds { get; }

    /// <summary>The model's features, in its order (contributions come in this order).</summary>
    public IReadOnlyList<string> Features => _featureNames;

    /// <summary>The raw ensemble output for feature values in <see cref="FeatureSchema"/> order. Allocates nothing.</summary>
    public double RawScore(ReadOnlySpan<double> values)
    {
        // The learner compares single-precision values: narrow once, as training did.
        Span<float> narrowed = values.Length <= 256 ? stackalloc float[values.Length] : new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            narrowed[i] = (float)values[i];
        }

        return RawScore((ReadOnlySpan<float>)narrowed);
    }

    /// <summary>The same for values stored as float (training panels): bitwise the same result as the doubles they came from.</summary>
    public double RawScore(ReadOnlySpan<float> values)
    {
        var nodes = _nodes;
        var sum = _bias;
        foreach (var root in _roots)
        {
            var n = root;
            while (n >= 0)
            {
                n = Next(in nodes[n], values);
            }

            sum += _leafValues[~n];
        }

        return sum;
    }

    public double LogOdds(ReadOnlySpan<double> values) => -((_slope * RawScore(values)) + _offset);

    /// <summary>The probability of a défaillance within 18 months. Allocates nothing.</summary>
    public double Probability(ReadOnlySpan<double> values) => Logistic.Sigmoid(LogOdds(values));

    public double Probability(ReadOnlySpan<float> values) => Logistic.Sigmoid(-((_slope * RawScore(values)) + _offset));

    /// <summary>
    /// Writes each model feature's contribution to the log-odds into <paramref name="contributions"/> (model
    /// order, length <see cref="Features"/>.Count) and returns the raw score. Allocates nothing.
    /// </summary>
    public double Contributions(ReadOnlySpan<double> values, Span<double> contributions)
    {
        if (contributions.Length != _featureNames.Length)
        {
            throw new ArgumentException($"expected {_featureNames.Length} slots", nameof(contributions));
        }

        contributions.Clear();
        Span<float> x = values.Length <= 256 ? stackalloc float[values.Length] : new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            x[i] = (float)values[i];
        }

        Span<PathElement> buffer = _shapBuffer <= 512 ? stackalloc PathElement[_shapBuffer] : new PathElement[_shapBuffer];
        var sum = _bias;
        foreach (var root in _roots)
        {
            ShapTree(root, x, contributions, buffer);
            var n = root;
            while (n >= 0)
            {
                n = Next(in _nodes[n], x);
            }

            sum += _leafValues[~n];
        }

        // Raw-score contributions to log-odds: the calibration is affine in the raw score.
        for (var f = 0; f < contributions.Length; f++)
        {
            contributions[f] *= -_slope;
        }

        return sum;
    }

    public RiskScore Score(FeatureVector features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var values = features.Values.AsSpan();
        Span<double> contributions = stackalloc double[_featureNames.Length];
        var raw = Contributions(values, contributions);
        var items = new FeatureContribution[_featureNames.Length];
        for (var f = 0; f < items.Length; f++)
        {
            items[f] = new FeatureContribution(_featureNames[f], _featureGroups[f], values[_featureSchemaIndex[f]], contributions[f]);
        }

        return new RiskScore
        {
            Siren = features.Siren,
            Month = features.Month,
            ModelVersion = Model.Id,
            Probability = Logistic.Sigmoid(-((_slope * raw) + _offset)),
            BaseLogOdds = BaseLogOdds,
            Contributions = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items),
        };
    }

    // Sets each node's left cover fraction from the node values, below `node`, and returns the expected
    // output under those fractions (the node value up to rounding when the node values are cover means).
    private double Expected(int node, int depth, ref int maxDepth)
    {
        if (node < 0)
        {
            return _leafValues[~node];
        }

        maxDepth = Math.Max(maxDepth, depth + 1);
        var left = Expected(_nodes[node].Left, depth + 1, ref maxDepth);
        var right = Expected(_nodes[node].Right, depth + 1, ref maxDepth);
        var child = ChildValue(_nodes[node].Left);
        var other = ChildValue(_nodes[node].Right);
        var fraction = child == other ? 0.5 : Math.Clamp((_nodeValues[node] - other) / (child - other), 0, 1);
        _leftFraction[node] = fraction;
        return (fraction * left) + ((1 - fraction) * right);
    }

    private double ChildValue(int child) => child >= 0 ? _nodeValues[child] : _leafValues[~child];

    private static int Next(in Node node, ReadOnlySpan<float> values)
    {
        var x = values[node.Feature & FeatureMask];
        var left = float.IsNaN(x) ? (node.Feature & MissingLeftFlag) != 0 : x <= node.Threshold;
        return left ? node.Left : node.Right;
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
