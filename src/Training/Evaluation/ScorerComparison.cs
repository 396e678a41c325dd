namespace SignauxFaibles.Training.Evaluation;

/// <summary>The model, the oracle and the transparent scorer on the same rows (oracle null when not available).</summary>
public sealed record ScorerComparison(string Rows, ScoreMetrics Model, ScoreMetrics? Oracle, ScoreMetrics Transparent);
