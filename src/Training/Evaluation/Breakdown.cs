namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// Results by segment: the rows split by each dimension of <see cref="Segments"/> (every row in exactly one
/// segment of each dimension, so a dimension's rows and positives add up to the total), each segment scored
/// by every scorer. Segments of a dimension by decreasing rows, then name.
/// </summary>
public static class Breakdown
{
    public static IReadOnlyList<SegmentResult> By(
        IReadOnlyList<(string Dimension, Func<ReadOnlySpan<float>, string> Segment)> dimensions,
        Func<int, ReadOnlySpan<float>> featuresOf,
        IReadOnlyList<ScoredRows> scorers)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(featuresOf);
        ArgumentNullException.ThrowIfNull(scorers);
        if (scorers.Count == 0)
        {
            return [];
        }

        var labels = scorers[0].Labels;
        var result = new List<SegmentResult>();
        foreach (var (dimension, segmentOf) in dimensions)
        {
            var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < labels.Length; i++)
            {
                var key = segmentOf(featuresOf(i));
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(i);
            }

            foreach (var (segment, rows) in groups.OrderByDescending(g => g.Value.Count).ThenBy(g => g.Key, StringComparer.Ordinal))
            {
                var segmentLabels = rows.Select(i => labels[i]).ToArray();
                var auc = new Dictionary<string, double>(StringComparer.Ordinal);
                var aucPr = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var s in scorers)
                {
                    var scores = rows.Select(i => s.Scores[i]).ToArray();
                    auc[s.Scorer] = Metrics.RocAuc(scores, segmentLabels);
                    aucPr[s.Scorer] = Metrics.AveragePrecision(scores, segmentLabels);
                }

                var positives = segmentLabels.LongCount(l => l);
                result.Add(new SegmentResult(dimension, segment, rows.Count, positives, (double)positives / rows.Count, auc, aucPr));
            }
        }

        return result;
    }
}
