namespace SignauxFaibles.Training.Evaluation;

/// <summary>One decile of predicted risk: its rows, mean predicted probability and observed rate.</summary>
public sealed record CalibrationBin(int Decile, long Rows, double MinScore, double MaxScore, double MeanPredicted, double ObservedRate);
