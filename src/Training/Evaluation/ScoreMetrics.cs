namespace SignauxFaibles.Training.Evaluation;

/// <summary>The quality of one scorer on one set of rows, at the thresholds given (chosen on validation).</summary>
public sealed record ScoreMetrics(long Rows, long Positives, double RocAuc, double AucPr, LevelMetrics Red, LevelMetrics Orange);
