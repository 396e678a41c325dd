using Orleans;

namespace SignauxFaibles.Domain.Alerts;

/// <summary>
/// The thresholds of one model version, on the predicted probability of a défaillance within 18 months.
/// A firm enters a level when its score reaches the level's threshold, and leaves it only once the score
/// falls below the threshold minus <see cref="Hysteresis"/>, so a score hovering on a threshold does not
/// make the firm flap in and out of the detection list.
/// </summary>
/// <param name="Eleve">Entry threshold of "risque élevé" (the F0.5-optimal threshold on validation).</param>
/// <param name="Modere">Entry threshold of "risque modéré" (the F2-optimal threshold on validation).</param>
/// <param name="Hysteresis">How far below a threshold the score must fall to leave that level.</param>
[GenerateSerializer, Immutable, Alias("sf.AlertThresholds.v1")]
public sealed record AlertThresholds(
    [property: Id(0)] double Eleve,
    [property: Id(1)] double Modere,
    [property: Id(2)] double Hysteresis)
{
    /// <summary>
    /// True when the thresholds make sense: 0 &lt; modéré &lt; élevé &lt; 1 and a hysteresis smaller than the
    /// moderate threshold and than the gap between the two thresholds (so exit thresholds keep their order).
    /// </summary>
    public bool IsValid =>
        Modere > 0 && Eleve > Modere && Eleve < 1
        && Hysteresis >= 0 && Hysteresis < Modere && Hysteresis < Eleve - Modere;

    /// <summary>The score at or above which a firm not yet at <paramref name="level"/> enters it.</summary>
    public double EntryOf(AlertLevel level) => level switch
    {
        AlertLevel.Eleve => Eleve,
        AlertLevel.Modere => Modere,
        _ => 0,
    };

    /// <summary>The score below which a firm at <paramref name="level"/> (or above it) leaves it.</summary>
    public double ExitOf(AlertLevel level) => EntryOf(level) - (level.IsAlert() ? Hysteresis : 0);
}
