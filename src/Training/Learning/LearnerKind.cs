namespace SignauxFaibles.Training.Learning;

/// <summary>The ML.NET learners the trainer compares.</summary>
public enum LearnerKind
{
    FastTree,
    LightGbm,
    FastForest,
}
