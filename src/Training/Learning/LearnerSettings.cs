using System.Collections.Immutable;
using System.Globalization;

namespace SignauxFaibles.Training.Learning;

/// <summary>
/// The hyper-parameters shared by the boosted learners. Fixed by default (the run must be fast and its model
/// reproducible); <c>--search N</c> tries N candidates per learner on validation (<see cref="HyperSearch"/>).
/// </summary>
public sealed record LearnerSettings(int Trees, int Leaves, int MinLeafExamples, double LearningRate, int Seed, int? Threads)
{
    /// <summary>
    /// Features withheld from the learners by default: the sector and région codes. What a tree learns from them
    /// is mostly the sector and regional shocks of the training months, which have passed by the time the model
    /// scores (18 months and more later); on the 100k simulation withholding them raised the out-of-time AUCPR
    /// (docs/model.md). They stay in the feature vector, the firm page and the transparent scorer's context.
    /// </summary>
    public static ImmutableArray<string> DefaultWithheldFeatures { get; } = ["naf_section_code", "naf_division", "region_code"];

    public static LearnerSettings Default { get; } = new(Trees: 300, Leaves: 7, MinLeafExamples: 1000, LearningRate: 0.05, Seed: 1, Threads: null);

    /// <summary>Feature names given to the learners as missing in every row, so no tree splits on them.</summary>
    public ImmutableArray<string> WithheldFeatures { get; init; } = DefaultWithheldFeatures;

    /// <summary>
    /// Class weighting: the learner's "unbalanced sets" option (positives weighted up to the negatives' total),
    /// tried by the search for AUCPR. Off by default. The Platt calibration is fitted after it, so scores stay probabilities.
    /// </summary>
    public bool Unbalanced { get; init; }

    public string Describe(LearnerKind kind) => string.Create(
        CultureInfo.InvariantCulture,
        $"{kind}(trees={Trees}, leaves={Leaves}, minLeaf={MinLeafExamples}, learningRate={LearningRate}, seed={Seed}{(Unbalanced ? ", unbalanced" : "")})");
}
