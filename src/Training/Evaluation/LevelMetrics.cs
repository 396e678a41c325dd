namespace SignauxFaibles.Training.Evaluation;

/// <summary>Precision, recall and F-scores of the alerts at one threshold (alert when score &gt;= threshold).</summary>
public sealed record LevelMetrics(double Threshold, long Alerts, double Precision, double Recall, double F05, double F2);
