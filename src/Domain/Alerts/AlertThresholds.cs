using Orleans;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// The thresholds of one model version, on the predicted probability of a défaillance within 18 months.
/// A firm enters a level when its score reaches the level's threshold, and leaves it only once the score
/// falls below the threshold reduced by <see cref="Hysteresis"/> (a fraction of the threshold, since
/// thresholds of a few percent and of tens of percent need margins of their own size), so a score hovering
/// on a threshold does not make the firm flap in and out of the detection list.
/// </summary>
/// <param name="Eleve">Entry threshold of "risque élevé" (the F0.5-optimal threshold on validation).</param>
/// <param name="Modere">Entry threshold of "risque modéré" (the F2-optimal threshold on validation).</param>
/// <param name="Hysteresis">Relative margin: a level is left below <c>threshold * (1 - Hysteresis)</c>.</param>
[GenerateSerializer, Immutable, Alias("sf.AlertThresholds.v1")]
public sealed record AlertThresholds(
    [property: Id(0)] double Eleve,
    [property: Id(1)] double Modere,
    [property: Id(2)] double Hysteresis)
{
    /// <summary>
    /// True when the thresholds make sense: 0 &lt; modéré &lt; élevé &lt; 1, a margin in [0, 1), and the exit of
    /// "élevé" still above the entry of "modéré" (so the levels keep their order).
    /// </summary>
    public bool IsValid =>
        Modere > 0 && Eleve > Modere && Eleve < 1
        && Hysteresis >= 0 && Hysteresis < 1 && Eleve * (1 - Hysteresis) > Modere;

    /// <summary>The score at or above which a firm not yet at <paramref name="level"/> enters it.</summary>
    public double EntryOf(AlertLevel level) => level switch
    {
        AlertLevel.Eleve => Eleve,
        AlertLevel.Modere => Modere,
        _ => 0,
    };

    /// <summary>The score below which a firm at <paramref name="level"/> (or above it) leaves it.</summary>
    public double ExitOf(AlertLevel level) => EntryOf(level) * (1 - Hysteresis);
}
