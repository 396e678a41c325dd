namespace SignauxFaibles.Domain.Scoring.Trees;

/// <summary>
/// Path-dependent TreeSHAP (Lundberg, Erion and Lee, "Consistent individualized feature attribution for
/// tree ensembles", 2018, algorithm 2). The value of a coalition S of features is a tree's expected output
/// when the features in S follow the firm's path (its missing-value rule included) and the others split
/// the way the training rows did (the cover fractions): the contributions are that game's exact Shapley
/// values, so they add up to the leaf reached minus the tree's expected output, a feature the tree never
/// splits on gets nothing, and features that play the same role get the same share.
/// O(leaves x depth²) per tree, in one stack buffer, no allocation.
/// </summary>
public sealed partial class TreeEnsembleScorer
{
    /// <summary>The path buffer a tree of <paramref name="maxDepth"/> levels of splits needs: one segment
    /// per level, each one element longer than its parent's.</summary>
    private static int ShapBufferLength(int maxDepth) => (maxDepth + 2) * (maxDepth + 3) / 2;

    private void ShapTree(int root, ReadOnlySpan<float> x, Span<double> phi, Span<PathElement> buffer)
    {
        if (root >= 0)
        {
            Recurse(root, x, phi, buffer, 0, 1.0, 1.0, -1);
        }

        // A single leaf is a constant: nothing to explain.
    }

    private void Recurse(int node, ReadOnlySpan<float> x, Span<double> phi, Span<PathElement> parent, int count, double zero, double one, int feature)
    {
        // This node's segment follows the parent's and starts as its copy, so siblings start from the same path.
        var path = parent[count..];
        parent[..count].CopyTo(path);
        Extend(path, count, zero, one, feature);
        count++;

        if (node < 0)
        {
            var value = _leafValues[~node];
            for (var i = 1; i < count; i++)
            {
                phi[path[i].Feature] += UnwoundSum(path, count - 1, i) * (path[i].One - path[i].Zero) * value;
            }

            return;
        }

        var split = _modelIndex[node];
        var hot = Next(in _nodes[node], x);
        var hotIsLeft = hot == _nodes[node].Left;
        var cold = hotIsLeft ? _nodes[node].Right : _nodes[node].Left;
        double inZero = 1, inOne = 1;
        for (var k = 1; k < count; k++)
        {
            if (path[k].Feature == split)
            {
                // A feature met twice on a path is one player: its earlier element is folded into this split.
                inZero = path[k].Zero;
                inOne = path[k].One;
                Unwind(path, count - 1, k);
                count--;
                break;
            }
        }

        // A branch that no coalition reaches (no training cover and not the firm's way, or the firm's way
        // excluded by an earlier split on the same feature) adds nothing, and would divide by zero.
        var hotFraction = hotIsLeft ? _leftFraction[node] : 1 - _leftFraction[node];
        var hotZero = inZero * hotFraction;
        if (hotZero > 0 || inOne != 0)
        {
            Recurse(hot, x, phi, path, count, hotZero, inOne, split);
        }

        var coldZero = inZero * (1 - hotFraction);
        if (coldZero > 0)
        {
            Recurse(cold, x, phi, path, count, coldZero, 0, split);
        }
    }

    private static void Extend(Span<PathElement> path, int count, double zero, double one, int feature)
    {
        path[count] = new PathElement(feature, zero, one, count == 0 ? 1 : 0);
        for (var i = count - 1; i >= 0; i--)
        {
            path[i + 1].Weight += one * path[i].Weight * (i + 1) / (count + 1);
            path[i].Weight = zero * path[i].Weight * (count - i) / (count + 1);
        }
    }

    private static void Unwind(Span<PathElement> path, int last, int index)
    {
        var one = path[index].One;
        var zero = path[index].Zero;
        var carry = path[last].Weight;
        for (var j = last - 1; j >= 0; j--)
        {
            if (one != 0)
            {
                var w = path[j].Weight;
                path[j].Weight = carry * (last + 1) / ((j + 1) * one);
                carry = w - (path[j].Weight * zero * (last - j) / (last + 1));
            }
            else
            {
                path[j].Weight = path[j].Weight * (last + 1) / (zero * (last - j));
            }
        }

        for (var j = index; j < last; j++)
        {
            path[j] = path[j + 1] with { Weight = path[j].Weight };
        }
    }

    // The sum of the path's weights once element `index` is taken out, without modifying the path.
    private static double UnwoundSum(Span<PathElement> path, int last, int index)
    {
        var one = path[index].One;
        var zero = path[index].Zero;
        var total = 0.0;
        if (one != 0)
        {
            var carry = path[last].Weight;
            for (var j = last - 1; j >= 0; j--)
            {
                var w = carry * (last + 1) / ((j + 1) * one);
                total += w;
                carry = path[j].Weight - (w * zero * (last - j) / (last + 1));
            }
        }
        else
        {
            // zero > 0 here: a branch no coalition reaches is never entered.
            for (var j = last - 1; j >= 0; j--)
            {
                total += path[j].Weight * (last + 1) / (zero * (last - j));
            }
        }

        return total;
    }

    /// <summary>One player on the current path: the share of coalitions that reach here without it (Zero,
    /// the cover fraction of the branches taken), with it (One: 1 when the firm goes this way, else 0), and
    /// the path's permutation weight at this position.</summary>
    private record struct PathElement(int Feature, double Zero, double One, double Weight);
}
