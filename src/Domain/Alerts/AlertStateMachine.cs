using SignauxFaibles.Domain.Lists;
using SignauxFaibles.Domain.Scoring;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// The alert levels of one firm over time (docs/alerts.md). Pure: the same states and inputs give the
/// same decisions, ids included.
/// <list type="bullet">
/// <item>Out of perimeter (no score): hors périmètre.</item>
/// <item>In an open procédure or closed (<see cref="Population.FirmStanding.ExcludedLevel"/>): en procédure /
/// fermée whatever the score, which is still computed ("signal fort"); an alert episode ends with an event
/// whose <see cref="AlertEvent.Standing"/> says why.</item>
/// <item>Otherwise a level is entered when the score reaches its threshold, and kept while the score
/// stays at or above the threshold minus the hysteresis (levels at or below the current one use their
/// exit threshold, levels above it their entry threshold).</item>
/// <item>An event is emitted only when the level changes and the old or the new level is an alert level:
/// moves between "pas d'alerte" and "hors périmètre" are not alerts and emit nothing.</item>
/// <item>"Première alerte" marks the firm's first alert episode, from its entry into an alert level until
/// it leaves the alert levels.</item>
/// <item>An event carries the firm's list flags (<see cref="ListMembership"/>) from the lists it was in alert on.</item>
/// </list>
/// </summary>
public static class AlertStateMachine
{
    /// <summary>How many contributing features an alert event carries.</summary>
    public const int TopFeatureCount = 3;

    public static AlertDecision Evaluate(AlertState state, AlertInput input)
    {
        var previous = state.Level;
        var next = input.Score is not { } score ? AlertLevel.HorsPerimetre
            : input.Standing?.ExcludedLevel is { } excluded ? excluded
            : LevelFor(score.Probability, previous, input.Model.Thresholds);

        if (next == previous)
        {
            return new AlertDecision(state, null);
        }

        var entersAlert = next.IsAlert() && !previous.IsAlert();
        var premiere = next.IsAlert() && (entersAlert ? state.FirstAlertMonth is null : state.PremiereAlerte);
        var nextState = state with
        {
            Level = next,
            Since = input.Month,
            PremiereAlerte = premiere,
            FirstAlertMonth = state.FirstAlertMonth ?? (next.IsAlert() ? input.Month : null),
        };

        if (!next.IsAlert() && !previous.IsAlert())
        {
            return new AlertDecision(nextState, null);
        }

        var sequence = state.Emitted;
        var alert = new AlertEvent
        {
            Id = AlertId.For(input.Siren, sequence, input.Month, previous, next, input.Model.Id),
            Siren = input.Siren,
            Month = input.Month,
            Level = next,
            PreviousLevel = previous,
            Score = input.Score?.Probability,
            ModelVersion = input.Model.Id,
            PremiereAlerte = premiere,
            TopFeatures = input.Score?.TopAggravating(TopFeatureCount) ?? [],
            AsOf = input.AsOf,
            Sequence = sequence,
            Standing = input.Standing,
            OnCurrentList = ListMembership.OnCurrentList(state.AlertLists, input.AsOf),
            WouldBeFirstOnNext = ListMembership.WouldBeFirstOnNext(state.AlertLists, input.AsOf, next),
        };
        return new AlertDecision(nextState with { Emitted = sequence + 1 }, alert);
    }

    /// <summary>
    /// The level a score gives a firm currently at <paramref name="current"/>: the highest alert level whose
    /// entry threshold the score reaches, or, for levels the firm already holds, whose exit threshold it
    /// reaches. A firm coming back into the perimeter starts from "pas d'alerte".
    /// </summary>
    public static AlertLevel LevelFor(double probability, AlertLevel current, AlertThresholds thresholds)
    {
        foreach (var level in (ReadOnlySpan<AlertLevel>)[AlertLevel.Eleve, AlertLevel.Modere])
        {
            var bar = level <= current ? thresholds.ExitOf(level) : thresholds.EntryOf(level);
            if (probability >= bar)
            {
                return level;
            }
        }

        return AlertLevel.PasDAlerte;
    }
}
