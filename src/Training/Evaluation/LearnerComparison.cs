namespace SignauxFaibles.Training.Evaluation;

/// <summary>One learner's result on validation (the learner with the best AUCPR is kept).</summary>
public sealed record LearnerComparison(string Learner, double TrainSeconds, double ValidationRocAuc, double ValidationAucPr, bool Kept, string? Note);
