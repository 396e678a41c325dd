using System.Collections.Immutable;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Scoring.Trees;

/// <summary>
/// Scores with a trained <see cref="TreeEnsemble"/>, reproducing the learner's own prediction (float
/// comparisons, its missing-value rule, Platt calibration). Immutable once built, so one instance serves
/// every grain of a silo concurrently. <see cref="Probability(ReadOnlySpan{double})"/> allocates nothing;
/// <see cref="Score"/> adds the explanation: path attribution (Saabas) of each tree's output to the
/// features it splits on, from the expected value at the root to the leaf reached, scaled by the
/// calibration slope, so that <c>BaseLogOdds + sum of contributions = logit(Probability)</c>.
/// </summary>
public sealed class TreeEnsembleScorer : IRiskScorer
{
    private readonly int[] _treeNodeStart;
    private readonly int[] _treeNodeCount;
    private readonly int[] _treeLeafStart;
    private readonly int[] _schemaIndex;     // per node: position of the split feature in FeatureVector.Values
    private readonly int[] _modelIndex;      // per node: position of the split feature in the model's feature list
    private readonly float[] _thresholds;
    private readonly bool[] _missingLeft;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _nodeValues;
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
        _treeNodeStart = new int[trees.Length];
        _treeNodeCount = new int[trees.Length];
        _treeLeafStart = new int[trees.Length];
        _rootValues = new double[trees.Length];
        int nodes = 0, leaves = 0;
        for (var t = 0; t < trees.Length; t++)
        {
            if (trees[t].Problem(features.Length) is { } problem)
            {
                throw new ArgumentException($"tree {t}: {problem}", nameof(ensemble));
            }

            _treeNodeStart[t] = nodes;
            _treeNodeCount[t] = trees[t].NodeCount;
            _treeLeafStart[t] = leaves;
            nodes += trees[t].NodeCount;
            leaves += trees[t].LeafValues.Length;
        }

        _schemaIndex = new int[nodes];
        _modelIndex = new int[nodes];
        _thresholds = new float[nodes];
        _missingLeft = new bool[nodes];
        _left = new int[nodes];
        _right = new int[nodes];
        _nodeValues = new double[nodes];
        _leafValues = new double[leaves];
        var baseRaw = ensemble.Bias;
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            for (var n = 0; n < tree.NodeCount; n++)
            {
                var i = _treeNodeStart[t] + n;
                _modelIndex[i] = tree.Features[n];
                _schemaIndex[i] = _featureSchemaIndex[tree.Features[n]];
                _thresholds[i] = tree.Thresholds[n];
                _missingLeft[i] = tree.MissingLeft[n];
                _left[i] = tree.Left[n];
                _right[i] = tree.Right[n];
                _nodeValues[i] = tree.NodeValues[n];
            }

            tree.LeafValues.CopyTo(_leafValues, _treeLeafStart[t]);
            _rootValues[t] = tree.NodeCount == 0 ? tree.LeafValues[0] : tree.NodeValues[0];
            baseRaw += _rootValues[t];
        }

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
        var sum = _bias;
        for (var t = 0; t < _treeNodeStart.Length; t++)
        {
            sum += _leafValues[_treeLeafStart[t] + Leaf(t, values)];
        }

        return sum;
    }

    /// <summary>The same for values stored as float (training panels): bitwise the same result as the doubles they came from.</summary>
    public double RawScore(ReadOnlySpan<float> values)
    {
        var sum = _bias;
        for (var t = 0; t < _treeNodeStart.Length; t++)
        {
            sum += _leafValues[_treeLeafStart[t] + Leaf(t, values)];
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
        var sum = _bias;
        for (var t = 0; t < _treeNodeStart.Length; t++)
        {
            var start = _treeNodeStart[t];
            var leafStart = _treeLeafStart[t];
            if (_treeNodeCount[t] == 0)
            {
                sum += _leafValues[leafStart];
                continue;
            }

            var node = 0;
            var current = _rootValues[t];
            while (node >= 0)
            {
                var i = start + node;
                node = GoesLeft(i, values[_schemaIndex[i]]) ? _left[i] : _right[i];
                var next = node >= 0 ? _nodeValues[start + node] : _leafValues[leafStart + ~node];
                contributions[_modelIndex[i]] += next - current;
                current = next;
            }

            sum += current;
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

    private int Leaf(int tree, ReadOnlySpan<double> values)
    {
        if (_treeNodeCount[tree] == 0)
        {
            return 0;
        }

        var start = _treeNodeStart[tree];
        var node = 0;
        while (node >= 0)
        {
            var i = start + node;
            node = GoesLeft(i, values[_schemaIndex[i]]) ? _left[i] : _right[i];
        }

        return ~node;
    }

    private int Leaf(int tree, ReadOnlySpan<float> values)
    {
        if (_treeNodeCount[tree] == 0)
        {
            return 0;
        }

        var start = _treeNodeStart[tree];
        var node = 0;
        while (node >= 0)
        {
            var i = start + node;
            var x = values[_schemaIndex[i]];
            node = (float.IsNaN(x) ? _missingLeft[i] : x <= _thresholds[i]) ? _left[i] : _right[i];
        }

        return ~node;
    }

    // The learner compares single-precision values: the double feature is narrowed first, as training did.
    private bool GoesLeft(int node, double value) =>
        double.IsNaN(value) ? _missingLeft[node] : (float)value <= _thresholds[node];
}
