using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// One scorer's alerts as the grain emits them (hysteresis included) on the headline evaluation rows: red =
/// level "risque élevé", orange = "risque modéré" or higher; each with precision, recall, F0.5 and F2.
/// </summary>
public sealed record EmittedLevelMetrics(string Scorer, AlertThresholds Thresholds, long Rows, long Positives, LevelMetrics Red, LevelMetrics Orange);
