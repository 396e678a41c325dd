using System.Collections.Immutable;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Lists;

/// <summary>
/// What a live firm knows of its own dated lists (docs/alerts.md, "List flags"): the lists it was in alert on
/// within <see cref="FirstAlertRule.HorizonMonths"/>, recorded as its delivery clock crosses their cut-offs
/// (the level in force at the cut-off, exactly the entry the read model freezes for it), and the two flags a
/// live alert carries: whether the firm is in alert on the current list, and whether it would be a première
/// alerte if the next list were cut now. The same <see cref="ListCalendar"/> and <see cref="FirstAlertRule"/>
/// as the read model's lists.
/// </summary>
public static class ListMembership
{
    /// <summary>
    /// The firm's alerted lists after its delivery clock moved from <paramref name="from"/> to
    /// <paramref name="to"/> with <paramref name="level"/> in force meanwhile: every list date crossed
    /// (<see cref="ListCalendar.Crossed"/>) after the latest one kept is added when the level is an alert
    /// level; lists older than the horizon before the latest crossed list are forgotten.
    /// </summary>
    public static ImmutableArray<ListEntryLevel> Cross(ImmutableArray<ListEntryLevel> alerted, DateOnly? from, DateOnly to, AlertLevel level)
    {
        var kept = alerted.IsDefault ? [] : alerted;
        DateOnly? latest = null;
        var added = kept;
        foreach (var date in ListCalendar.Crossed(from, to))
        {
            latest = date;
            if (level.IsAlert() && (kept.IsEmpty || date > kept[^1].ListDate))
            {
                added = added.Add(new ListEntryLevel(date, level));
            }
        }

        if (latest is not { } last)
        {
            return kept;
        }

        var horizonStart = last.AddMonths(-FirstAlertRule.HorizonMonths);
        return added.RemoveAll(e => e.ListDate < horizonStart);
    }

    /// <summary>The current list of a firm whose data include deliveries up to <paramref name="asOf"/>: the latest cut-off its clock reached.</summary>
    public static DateOnly CurrentList(DateOnly asOf) => ListCalendar.LatestAtOrBefore(asOf);

    /// <summary>The next list of a firm whose data include deliveries up to <paramref name="asOf"/>: the first cut-off after it.</summary>
    public static DateOnly NextList(DateOnly asOf) => ListCalendar.DateOf(Month.From(asOf).Next);

    /// <summary>True when the firm was in alert on its current list (<see cref="CurrentList"/>).</summary>
    public static bool OnCurrentList(ImmutableArray<ListEntryLevel> alerted, DateOnly asOf)
    {
        var current = CurrentList(asOf);
        return !alerted.IsDefault && alerted.Any(e => e.ListDate == current && e.Level.IsAlert());
    }

    /// <summary>
    /// True when the firm, now at <paramref name="level"/>, would be a première alerte on its next list
    /// (<see cref="NextList"/>) were it cut now: in alert now, and in alert on no earlier list within the horizon.
    /// </summary>
    public static bool WouldBeFirstOnNext(ImmutableArray<ListEntryLevel> alerted, DateOnly asOf, AlertLevel level) =>
        FirstAlertRule.IsFirst(NextList(asOf), level, alerted.IsDefault ? [] : alerted);

    /// <summary>
    /// True when <paramref name="alert"/>'s <see cref="AlertEvent.WouldBeFirstOnNext"/> still holds at the delivery
    /// clock <paramref name="clock"/> for a firm that kept the event's alert level since (a firm on the alert
    /// board): once the event's next list is cut (the clock reached it), the firm was in alert on it, so it is
    /// not a première alerte on any later list.
    /// </summary>
    public static bool StillFirstOnNext(AlertEvent alert, DateOnly clock)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.WouldBeFirstOnNext && alert.Level.IsAlert() && clock < NextList(alert.AsOf);
    }
}
