using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Lists;

/// <summary>
/// The calendar of dated detection lists (docs/lists.md). The list of month M is identified by the first
/// day of M, which is also its cut-off: it holds, for every firm, the state computed from what was
/// delivered strictly before that day. The clock is the events' delivery date (a firm's "as of"), never
/// wall time, so a replay of the same deliveries produces the same lists.
/// </summary>
public static class ListCalendar
{
    /// <summary>The date (and cut-off) of the list of <paramref name="month"/>.</summary>
    public static DateOnly DateOf(Month month) => month.FirstDay;

    /// <summary>True when <paramref name="date"/> identifies a list (a first day of month).</summary>
    public static bool IsListDate(DateOnly date) => date.Day == 1;

    /// <summary>True when a firm state whose data include deliveries up to <paramref name="asOf"/> belongs to the list of <paramref name="listDate"/>.</summary>
    public static bool IsBefore(DateOnly asOf, DateOnly listDate) => asOf < listDate;

    /// <summary>
    /// The list dates whose cut-off a firm's delivery clock crosses when it moves from <paramref name="from"/>
    /// to <paramref name="to"/>: every list date L with <c>from &lt; L &lt;= to</c>, oldest first. None when
    /// the firm had no state before (<paramref name="from"/> null: it was unknown at those cut-offs) or when
    /// the clock does not move forward.
    /// </summary>
    public static IEnumerable<DateOnly> Crossed(DateOnly? from, DateOnly to)
    {
        if (from is not { } start || to <= start)
        {
            yield break;
        }

        var month = Month.From(start).Next;
        while (DateOf(month) <= to)
        {
            yield return DateOf(month);
            month = month.Next;
        }
    }

    /// <summary>The latest list date at or before <paramref name="date"/> (its month's first day).</summary>
    public static DateOnly LatestAtOrBefore(DateOnly date) => DateOf(Month.From(date));
}
