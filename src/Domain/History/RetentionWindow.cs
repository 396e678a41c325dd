using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// Where a firm's history stands in time: its last month (the latest month any data refers to, see
/// <see cref="RetentionRules.HorizonOf"/>) and the windows of <see cref="RetentionRules"/> that follow from
/// it. A value: the history replaces it when an event moves the last month forward, then prunes.
/// </summary>
internal readonly struct RetentionWindow(Month? lastMonth)
{
    /// <summary>The latest month any data refers to; null before any dated event.</summary>
    public Month? LastMonth => lastMonth;

    /// <summary>The first month kept; facts wholly before it are dropped. Null before any dated event.</summary>
    public Month? FirstMonth => lastMonth is { } last ? RetentionRules.FirstMonth(last) : null;

    /// <summary>The first headcount month kept. Null before any dated event.</summary>
    public Month? FirstHeadcountMonth => lastMonth is { } last ? RetentionRules.FirstHeadcountMonth(last) : null;

    /// <summary>True when <paramref name="month"/> is before the window (never before any dated event).</summary>
    public bool IsBefore(Month month) => lastMonth is { } last && month < RetentionRules.FirstMonth(last);

    /// <summary>True when <paramref name="month"/> would move the window forward.</summary>
    public bool MovesTo(Month? month) => month is { } m && (lastMonth is not { } last || m > last);
}
