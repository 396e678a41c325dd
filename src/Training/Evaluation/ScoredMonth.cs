using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>One firm-month replayed through the alert state machine: its score (null when not scored) and its standing.</summary>
public readonly record struct ScoredMonth(string Siren, Month Month, double? Probability, FirmStanding Standing);
