namespace SignauxFaibles.Domain.Scoring.Trees;

/// <summary>
/// The Platt calibration of a raw ensemble output: <c>p = 1 / (1 + exp(Slope * raw + Offset))</c>, so the
/// log-odds are <c>-(Slope * raw + Offset)</c> (ML.NET's convention: Slope is negative for a score that
/// grows with the risk).
/// </summary>
public sealed record PlattCalibration(double Slope, double Offset)
{
    public double LogOdds(double raw) => -((Slope * raw) + Offset);
}
