using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Domain.Lists;

/// <summary>
/// "Première alerte" as the original applies it (docs/lists.md): a firm is a first alert on a dated list
/// when it is in alert (risque élevé or modéré) on that list and was in alert on no earlier list within
/// <see cref="HorizonMonths"/> months before it. A firm in alert, then out, then in again is not a first
/// alert the second time. Lists older than the horizon are forgotten, so a firm alerted years ago and
/// healthy since counts as new again.
/// </summary>
public static class FirstAlertRule
{
    /// <summary>How far back earlier lists count: 24 monthly lists.</summary>
    public const int HorizonMonths = 24;

    /// <summary>
    /// True when the firm, at <paramref name="level"/> on the list of <paramref name="listDate"/>, is a first
    /// alert given its entries on other lists (<paramref name="earlier"/>; entries on or after
    /// <paramref name="listDate"/> are ignored, so the firm's whole entry history may be passed).
    /// </summary>
    public static bool IsFirst(DateOnly listDate, AlertLevel level, IEnumerable<ListEntryLevel> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (!level.IsAlert())
        {
            return false;
        }

        var horizonStart = listDate.AddMonths(-HorizonMonths);
        foreach (var entry in earlier)
        {
            if (entry.ListDate < listDate && entry.ListDate >= horizonStart && entry.Level.IsAlert())
            {
                return false;
            }
        }

        return true;
    }
}
