using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator;

/// <summary>Reported after every simulated month (burn-in months included).</summary>
public readonly record struct SimulationProgress(Month Month, int Done, int Total, long Events, bool BurnIn);
