using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Features;

/// <summary>
/// Point-in-time features for training (domain.md §5): month m's features use only the events delivered by
/// the end of month m, as the live grain would have seen them. Same <see cref="FeatureCalculator"/> code.
/// </summary>
public static class PointInTime
{
    /// <summary>The delivery cut of a month: its last day.</summary>
    public static DateOnly CutOf(Month month) => month.EndExclusive.AddDays(-1);

    /// <summary>The history as known at the end of <paramref name="month"/>.</summary>
    public static FirmHistory HistoryAt(string siren, IEnumerable<FirmEvent> events, Month month) =>
        FirmHistory.Build(siren, events, CutOf(month));

    /// <summary>Features of one month from the events delivered by its end.</summary>
    public static FeatureVector Compute(string siren, IEnumerable<FirmEvent> events, Month month) =>
        FeatureCalculator.Compute(HistoryAt(siren, events, month), month);

    /// <summary>
    /// Features of every month of [<paramref name="from"/>, <paramref name="to"/>], each from the events
    /// delivered by that month's end. One pass: events are applied in delivery order and each month is computed
    /// once its deliveries are in, which equals building the cut history month by month because a history
    /// does not depend on the order events are applied in.
    /// </summary>
    public static IEnumerable<FeatureVector> Panel(
        string siren, IEnumerable<FirmEvent> events, Month from, Month to, CancellationToken cancellationToken = default)
    {
        var sorted = new List<FirmEvent>();
        foreach (var e in events)
        {
            if (e is not null && string.Equals(e.Siren, siren, StringComparison.Ordinal))
            {
                sorted.Add(e);
            }
        }

        sorted.Sort(static (a, b) => a.DeliveredOn.CompareTo(b.DeliveredOn));
        var history = new FirmHistory(siren);
        var next = 0;
        for (var m = from; m <= to; m = m.Next)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cut = CutOf(m);
            while (next < sorted.Count && sorted[next].DeliveredOn <= cut)
            {
                history.Apply(sorted[next++]);
            }

            yield return FeatureCalculator.Compute(history, m);
        }
    }
}
