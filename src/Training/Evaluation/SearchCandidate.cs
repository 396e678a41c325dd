namespace SignauxFaibles.Training.Evaluation;

/// <summary>One candidate of the hyper-parameter search: its settings, training time and validation figures; the kept one marked.</summary>
public sealed record SearchCandidate(int Rank, string Learner, double TrainSeconds, double ValidationRocAuc, double ValidationAucPr, bool Kept, string? Note);
