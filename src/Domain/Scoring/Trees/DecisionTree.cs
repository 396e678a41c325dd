using System.Collections.Immutable;

namespace SignauxFaibles.Domain.Scoring.Trees;

/// <summary>
/// One regression tree of an ensemble, as flat arrays over its internal nodes (node 0 is the root).
/// A child is either an internal node (&gt;= 0) or a leaf, written as <c>~leaf</c> (&lt; 0). A firm goes to
/// <see cref="Left"/> when its value, as a float, is &lt;= the node's threshold; a missing value (NaN) goes
/// left exactly when <see cref="MissingLeft"/> says so (the learner's own rule, reproduced by the trainer).
/// A tree with no internal node is a single leaf.
/// </summary>
/// <param name="Features">Per internal node: the index of the split feature in the ensemble's feature list.</param>
/// <param name="Thresholds">Per internal node: the split threshold (float, as the learner compares).</param>
/// <param name="MissingLeft">Per internal node: whether a missing value goes to the left child.</param>
/// <param name="Left">Per internal node: the child for values &lt;= threshold.</param>
/// <param name="Right">Per internal node: the child for values &gt; threshold.</param>
/// <param name="NodeValues">Per internal node: the expected output below it (training-cover weighted mean of
/// its leaves): explanations read the training share of each branch from them (TreeSHAP).</param>
/// <param name="LeafValues">Per leaf: the tree's output.</param>
public sealed record DecisionTree(
    ImmutableArray<int> Features,
    ImmutableArray<float> Thresholds,
    ImmutableArray<bool> MissingLeft,
    ImmutableArray<int> Left,
    ImmutableArray<int> Right,
    ImmutableArray<double> NodeValues,
    ImmutableArray<double> LeafValues)
{
    /// <summary>The number of internal nodes.</summary>
    public int NodeCount => Features.IsDefault ? 0 : Features.Length;

    /// <summary>Null when the arrays are consistent, otherwise why not (checked when a model file is loaded).</summary>
    public string? Problem(int featureCount)
    {
        if (LeafValues.IsDefaultOrEmpty)
        {
            return "no leaf";
        }

        var nodes = NodeCount;
        if (nodes != LeafValues.Length - 1)
        {
            return $"{nodes} internal nodes for {LeafValues.Length} leaves";
        }

        if (nodes == 0)
        {
            return null;
        }

        if (Thresholds.Length != nodes || MissingLeft.Length != nodes || Left.Length != nodes || Right.Length != nodes || NodeValues.Length != nodes)
        {
            return "node arrays of different lengths";
        }

        // Every node and leaf must be reached exactly once from the root (a tree, no cycle, nothing orphaned).
        var nodeSeen = new bool[nodes];
        var leafSeen = new bool[LeafValues.Length];
        var stack = new Stack<int>();
        stack.Push(0);
        nodeSeen[0] = true;
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (Features[n] < 0 || Features[n] >= featureCount)
            {
                return $"node {n} splits on feature {Features[n]}, not in 0..{featureCount - 1}";
            }

            foreach (var child in (ReadOnlySpan<int>)[Left[n], Right[n]])
            {
                if (child >= 0)
                {
                    if (child >= nodes || nodeSeen[child])
                    {
                        return $"node {n} has an invalid child {child}";
                    }

                    nodeSeen[child] = true;
                    stack.Push(child);
                }
                else
                {
                    var leaf = ~child;
                    if (leaf >= LeafValues.Length || leafSeen[leaf])
                    {
                        return $"node {n} has an invalid leaf {leaf}";
                    }

                    leafSeen[leaf] = true;
                }
            }
        }

        return Array.TrueForAll(nodeSeen, s => s) && Array.TrueForAll(leafSeen, s => s) ? null : "unreachable node or leaf";
    }
}
