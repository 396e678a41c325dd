using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// The alert levels as actually emitted: each firm's months replayed in order through the domain's
/// <see cref="AlertStateMachine"/> (the grain's rule, hysteresis and exclusions included), starting from the
/// state of a firm never scored. A month missing between two of a firm's months is a month out of the
/// perimeter (the firm leaves its level, as in the grain); a month without a score is the same.
/// </summary>
public static class EmittedLevels
{
    /// <summary>The level each of <paramref name="months"/> ends at, in their order (any order of firms and months accepted).</summary>
    public static AlertLevel[] Replay(IReadOnlyList<ScoredMonth> months, AlertThresholds thresholds, string modelId = "replay")
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(thresholds);
        var model = new ModelVersion(modelId, thresholds, "");
        var order = Enumerable.Range(0, months.Count)
            .OrderBy(i => months[i].Siren, StringComparer.Ordinal)
            .ThenBy(i => months[i].Month.Index)
            .ThenBy(i => i)
            .ToArray();
        var levels = new AlertLevel[months.Count];
        var state = AlertState.Initial;
        string? firm = null;
        Domain.Time.Month previous = default;
        foreach (var i in order)
        {
            var m = months[i];
            if (!string.Equals(m.Siren, firm, StringComparison.Ordinal))
            {
                (firm, state) = (m.Siren, AlertState.Initial);
            }
            else if (m.Month.Index > previous.Index + 1)
            {
                state = AlertStateMachine.Evaluate(state, new AlertInput(m.Siren, previous.Next, previous.Next.FirstDay, null, model)).State;
            }

            var score = m.Probability is { } p
                ? new RiskScore { Siren = m.Siren, Month = m.Month, ModelVersion = modelId, Probability = p, BaseLogOdds = 0, Contributions = [] }
                : null;
            state = AlertStateMachine.Evaluate(state, new AlertInput(m.Siren, m.Month, m.Month.FirstDay, score, model, m.Standing)).State;
            levels[i] = state.Level;
            previous = m.Month;
        }

        return levels;
    }

    /// <summary>Red (élevé) and orange (modéré or higher) alert metrics of <paramref name="levels"/> on the rows given by <paramref name="rows"/>.</summary>
    public static EmittedLevelMetrics Measure(string scorer, AlertThresholds thresholds, IReadOnlyList<AlertLevel> levels, IReadOnlyList<int> rows, ReadOnlySpan<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(rows);
        var red = new bool[rows.Count];
        var orange = new bool[rows.Count];
        long positives = 0;
        for (var k = 0; k < rows.Count; k++)
        {
            var level = levels[rows[k]];
            red[k] = level == AlertLevel.Eleve;
            orange[k] = level >= AlertLevel.Modere;
            positives += labels[k] ? 1 : 0;
        }

        return new EmittedLevelMetrics(scorer, thresholds, rows.Count, positives,
            Metrics.OfAlerts(red, labels, thresholds.Eleve), Metrics.OfAlerts(orange, labels, thresholds.Modere));
    }
}
