using System.Globalization;

namespace SignauxFaibles.Training.Learning;

/// <summary>The hyper-parameters shared by the boosted learners (fixed, not searched: the run must be fast).</summary>
public sealed record LearnerSettings(int Trees, int Leaves, int MinLeafExamples, double LearningRate, int Seed, int? Threads)
{
    public static LearnerSettings Default { get; } = new(Trees: 300, Leaves: 7, MinLeafExamples: 1000, LearningRate: 0.05, Seed: 1, Threads: null);

    public string Describe(LearnerKind kind) => string.Create(
        CultureInfo.InvariantCulture,
        $"{kind}(trees={Trees}, leaves={Leaves}, minLeaf={MinLeafExamples}, learningRate={LearningRate}, seed={Seed})");
}
