using System.Collections.Immutable;

namespace SignauxFaibles.Domain.Scoring.Trees;

/// <summary>
/// A trained tree ensemble as the scorer reads it (model.json of a <c>tree-ensemble</c> artifact): the raw
/// output is <see cref="Bias"/> plus the sum of the trees' leaf values, calibrated into a probability by
/// <see cref="Calibration"/>. Trees index features in <see cref="Features"/> (names of the feature schema).
/// </summary>
/// <param name="Features">The feature names the trees index, in order.</param>
/// <param name="Bias">Added to the sum of the trees (zero for ML.NET's boosted trees).</param>
/// <param name="Trees">The trees.</param>
/// <param name="Calibration">Raw output to probability.</param>
public sealed record TreeEnsemble(
    ImmutableArray<string> Features,
    double Bias,
    ImmutableArray<DecisionTree> Trees,
    PlattCalibration Calibration);
