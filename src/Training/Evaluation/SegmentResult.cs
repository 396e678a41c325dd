namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// The results of every scorer on one segment of the headline evaluation rows: rows, positives, base rate,
/// and each scorer's ROC AUC and AUCPR (NaN when the segment has no positive or no negative).
/// </summary>
public sealed record SegmentResult(
    string Dimension,
    string Segment,
    long Rows,
    long Positives,
    double BaseRate,
    IReadOnlyDictionary<string, double> RocAuc,
    IReadOnlyDictionary<string, double> AucPr);
