namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// The curves of one scorer on one set of rows, one point per distinct score (ties move together): ROC
/// (false positive rate, true positive rate) from (0, 0) to (1, 1), and precision-recall (recall, precision
/// of "score &gt;= threshold"), plus the Brier score (mean squared error of the probability).
/// </summary>
public static class Curves
{
    /// <summary>Mean of (score - label)^2 over the rows: 0 is perfect; NaN when there are no rows.</summary>
    public static double Brier(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        if (scores.Length == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            var d = scores[i] - (labels[i] ? 1 : 0);
            sum += d * d;
        }

        return sum / scores.Length;
    }

    /// <summary>ROC points, by decreasing threshold; empty when a class is missing.</summary>
    public static (double[] Fpr, double[] Tpr) Roc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        var steps = Steps(scores, labels, out var positives, out var negatives);
        if (positives == 0 || negatives == 0)
        {
            return ([], []);
        }

        var fpr = new double[steps.Count + 1];
        var tpr = new double[steps.Count + 1];
        for (var i = 0; i < steps.Count; i++)
        {
            fpr[i + 1] = (double)steps[i].FalsePositives / negatives;
            tpr[i + 1] = (double)steps[i].TruePositives / positives;
        }

        return (fpr, tpr);
    }

    /// <summary>Precision-recall points, by decreasing threshold (recall grows); empty without positives.</summary>
    public static (double[] Recall, double[] Precision) PrecisionRecall(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        var steps = Steps(scores, labels, out var positives, out _);
        if (positives == 0)
        {
            return ([], []);
        }

        var recall = new double[steps.Count];
        var precision = new double[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var (tp, fp) = (steps[i].TruePositives, steps[i].FalsePositives);
            recall[i] = (double)tp / positives;
            precision[i] = (double)tp / (tp + fp);
        }

        return (recall, precision);
    }

    /// <summary>At most <paramref name="points"/> of a curve, evenly spaced along it, first and last kept (for plotting).</summary>
    public static (double[] X, double[] Y) Thin(double[] x, double[] y, int points = 500)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length <= points)
        {
            return (x, y);
        }

        var xs = new double[points];
        var ys = new double[points];
        for (var i = 0; i < points; i++)
        {
            var k = (int)((long)(x.Length - 1) * i / (points - 1));
            xs[i] = x[k];
            ys[i] = y[k];
        }

        return (xs, ys);
    }

    private readonly record struct Step(long TruePositives, long FalsePositives);

    private static List<Step> Steps(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, out long positives, out long negatives)
    {
        var order = Metrics.Order(scores, descending: true);
        positives = 0;
        negatives = 0;
        foreach (var l in labels)
        {
            if (l)
            {
                positives++;
            }
            else
            {
                negatives++;
            }
        }

        var steps = new List<Step>();
        long tp = 0, fp = 0;
        var k = 0;
        while (k < order.Length)
        {
            var j = k;
            while (j < order.Length && scores[order[j]] == scores[order[k]])
            {
                if (labels[order[j]])
                {
                    tp++;
                }
                else
                {
                    fp++;
                }

                j++;
            }

            steps.Add(new Step(tp, fp));
            k = j;
        }

        return steps;
    }
}
