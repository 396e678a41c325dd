namespace SignauxFaibles.Training.Evaluation;

/// <summary>One scorer's probabilities on a set of rows (same order as the labels), for the curves and the Brier score.</summary>
public sealed record ScoredRows(string Scorer, double[] Scores, bool[] Labels);
