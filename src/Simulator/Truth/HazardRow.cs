using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Truth;

/// <summary>
/// Ground truth of one in-bonis firm-month: latent health, the true failure hazard that applied during the
/// month, and the oracle probability of a first judgment within the next 18 months.
/// </summary>
public readonly record struct HazardRow(int FirmIndex, Month Month, double Health, double Hazard, double Probability18);
