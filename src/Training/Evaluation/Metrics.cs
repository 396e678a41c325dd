namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// Ranking and threshold metrics, exact (no binning): ROC AUC by rank sums with ties counted half, AUCPR as
/// average precision (precision at each distinct threshold weighted by the recall it adds), precision and
/// recall of "score &gt;= threshold", and the thresholds maximising F-beta.
/// </summary>
public static class Metrics
{
    public static double RocAuc(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        var order = Order(scores, descending: false);
        double positives = 0, negatives = 0, rankSum = 0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                j++;
            }

            var rank = (i + 1 + j) / 2.0; // mean rank of the tie group (1-based)
            for (var k = i; k < j; k++)
            {
                if (labels[order[k]])
                {
                    rankSum += rank;
                    positives++;
                }
                else
                {
                    negatives++;
                }
            }

            i = j;
        }

        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    public static double AveragePrecision(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels)
    {
        var order = Order(scores, descending: true);
        var positives = 0L;
        foreach (var l in labels)
        {
            positives += l ? 1 : 0;
        }

        if (positives == 0)
        {
            return double.NaN;
        }

        long tp = 0, seen = 0;
        var ap = 0.0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            long groupTp = 0;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                groupTp += labels[order[j]] ? 1 : 0;
                j++;
            }

            tp += groupTp;
            seen += j - i;
            ap += (double)groupTp / positives * ((double)tp / seen);
            i = j;
        }

        return ap;
    }

    /// <summary>The threshold that maximises F-beta of "score &gt;= threshold" (the highest on ties).</summary>
    public static double BestThreshold(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double beta)
    {
        var order = Order(scores, descending: true);
        var positives = 0L;
        foreach (var l in labels)
        {
            positives += l ? 1 : 0;
        }

        long tp = 0, seen = 0;
        var best = double.NegativeInfinity;
        var threshold = order.Length > 0 ? scores[order[0]] : 0.5;
        var b2 = beta * beta;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j < order.Length && scores[order[j]] == scores[order[i]])
            {
                tp += labels[order[j]] ? 1 : 0;
                j++;
            }

            seen += j - i;
            var f = FBeta((double)tp / seen, positives == 0 ? 0 : (double)tp / positives, b2);
            if (f > best)
            {
                best = f;
                threshold = scores[order[i]];
            }

            i = j;
        }

        return threshold;
    }

    public static LevelMetrics At(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double threshold)
    {
        long tp = 0, alerts = 0, positives = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            positives += labels[i] ? 1 : 0;
            if (scores[i] >= threshold)
            {
                alerts++;
                tp += labels[i] ? 1 : 0;
            }
        }

        var precision = alerts == 0 ? 0 : (double)tp / alerts;
        var recall = positives == 0 ? 0 : (double)tp / positives;
        return new LevelMetrics(threshold, alerts, precision, recall, FBeta(precision, recall, 0.25), FBeta(precision, recall, 4));
    }

    /// <summary>
    /// Precision, recall, F0.5 and F2 of given alerts (one flag per row, e.g. the levels as emitted with
    /// hysteresis); <paramref name="threshold"/> is only recorded.
    /// </summary>
    public static LevelMetrics OfAlerts(ReadOnlySpan<bool> alerted, ReadOnlySpan<bool> labels, double threshold)
    {
        long tp = 0, alerts = 0, positives = 0;
        for (var i = 0; i < alerted.Length; i++)
        {
            positives += labels[i] ? 1 : 0;
            if (alerted[i])
            {
                alerts++;
                tp += labels[i] ? 1 : 0;
            }
        }

        var precision = alerts == 0 ? 0 : (double)tp / alerts;
        var recall = positives == 0 ? 0 : (double)tp / positives;
        return new LevelMetrics(threshold, alerts, precision, recall, FScore(precision, recall, 0.5), FScore(precision, recall, 2));
    }

    /// <summary>F-beta = (1 + beta²) P R / (beta² P + R); 0 when P + R = 0. Beta &lt; 1 favours precision.</summary>
    public static double FScore(double precision, double recall, double beta) => FBeta(precision, recall, beta * beta);

    public static ScoreMetrics Evaluate(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double red, double orange)
    {
        long positives = 0;
        foreach (var l in labels)
        {
            positives += l ? 1 : 0;
        }

        return new ScoreMetrics(scores.Length, positives, RocAuc(scores, labels), AveragePrecision(scores, labels),
            At(scores, labels, red), At(scores, labels, orange));
    }

    /// <summary>Deciles of predicted risk (equal row counts, by increasing score).</summary>
    public static IReadOnlyList<CalibrationBin> Calibration(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, int bins = 10)
    {
        var order = Order(scores, descending: false);
        var result = new List<CalibrationBin>(bins);
        for (var b = 0; b < bins; b++)
        {
            var from = (int)((long)order.Length * b / bins);
            var to = (int)((long)order.Length * (b + 1) / bins);
            if (to <= from)
            {
                continue;
            }

            double predicted = 0, observed = 0;
            for (var k = from; k < to; k++)
            {
                predicted += scores[order[k]];
                observed += labels[order[k]] ? 1 : 0;
            }

            var n = to - from;
            result.Add(new CalibrationBin(b + 1, n, scores[order[from]], scores[order[to - 1]], predicted / n, observed / n));
        }

        return result;
    }

    private static double FBeta(double precision, double recall, double beta2) =>
        precision + recall == 0 ? 0 : (1 + beta2) * precision * recall / ((beta2 * precision) + recall);

    /// <summary>Row indices by score (ties kept in row order): shared by the metrics and <see cref="Curves"/>.</summary>
    internal static int[] Order(ReadOnlySpan<double> scores, bool descending)
    {
        var keys = scores.ToArray();
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Stable for equal scores: sort by (score, index).
        Array.Sort(order, (a, b) =>
        {
            var c = keys[a].CompareTo(keys[b]);
            if (descending)
            {
                c = -c;
            }

            return c != 0 ? c : a.CompareTo(b);
        });
        return order;
    }
}
