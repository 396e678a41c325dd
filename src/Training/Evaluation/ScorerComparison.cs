namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// The model, the oracle, the transparent scorer and the logistic baseline on the same rows (oracle null when
/// not available; logistic null when the baseline was not fitted).
/// </summary>
public sealed record ScorerComparison(string Rows, ScoreMetrics Model, ScoreMetrics? Oracle, ScoreMetrics Transparent, ScoreMetrics? Logistic = null);
