namespace SignauxFaibles.Training.Learning;

/// <summary>How a learner saw missing values, which the exporter must reproduce.</summary>
public enum MissingEncoding
{
    /// <summary>NaN passed through: the trees' own rule (LightGBM's default value for missing, else "goes right").</summary>
    Native,

    /// <summary>
    /// NaN replaced by 0 and one "is missing" indicator per feature appended after the features (FastTree,
    /// which drops rows with NaN).
    /// </summary>
    ZeroFilledWithIndicators,
}
