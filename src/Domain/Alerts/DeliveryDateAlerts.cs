using SignauxFaibles.Domain.Lists;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// One alert decision per firm and delivery date, whatever the batches the date's events came in
/// (docs/alerts.md). Every evaluation of a date starts from the state the previous date ended with, so the
/// last evaluation of the date (all its events applied) decides alone: an earlier one, made on part of the
/// date's events, is superseded. With events reaching the firm in delivery-date order (the ingest aligns
/// its partitions on it, docs/durability.md), the events a firm emits are a function of the events it
/// received, not of how they were batched, interleaved, replayed after a crash or spread over silos.
/// </summary>
public static class DeliveryDateAlerts
{
    /// <summary>
    /// Evaluates <paramref name="input"/>, made on the data delivered up to <paramref name="date"/>, for a firm
    /// whose state is <paramref name="current"/> and whose current date's evaluation is <paramref name="day"/>.
    /// A date after the day's, or another model than the day's (a model switch), starts a new day from
    /// <paramref name="current"/>; the same date, or an earlier one (a late delivery), re-evaluates the current day.
    /// </summary>
    public static AlertDayDecision Evaluate(AlertDay? day, AlertState current, DateOnly date, AlertInput input)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(input);
        var sameDay = day is not null && date <= day.Date && string.Equals(day.Model, input.Model.Id, StringComparison.Ordinal);
        // A new date first records the lists whose cut-offs the firm's clock crossed since the previous date,
        // with the level in force there: the state the previous date ended with.
        var start = sameDay ? day!.Start
            : current with { AlertLists = ListMembership.Cross(current.AlertLists, day?.Date, date, current.Level) };
        var decision = AlertStateMachine.Evaluate(start, input);
        var earlier = sameDay ? day!.Event : null;
        // Anything computed from the date's events may move within the date, the score, the top features' values
        // (a tree model's score can stay while a feature moves inside a leaf), the standing: only an identical
        // event leaves the earlier one in place.
        var unchanged = AlertDayDecision.Identical(decision.Event, earlier);
        return new AlertDayDecision(
            decision.State,
            new AlertDay { Date = sameDay ? day!.Date : date, Start = start, Event = decision.Event, Model = input.Model.Id },
            decision.Event,
            earlier is not null && !unchanged ? earlier : null)
        {
            PreviousEvent = earlier,
        };
    }
}
