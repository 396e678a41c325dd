using System.Collections.Immutable;
using SignauxFaibles.Training.Learning;

namespace SignauxFaibles.Training;

/// <summary>What a training run does (the command line's options).</summary>
public sealed record TrainingOptions
{
    public required string Id { get; init; }

    /// <summary>The folder the artifact folder (named <see cref="Id"/>) is written in.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>truth/hazard.csv of a simulation, for the oracle's figures (optional).</summary>
    public string? HazardFile { get; init; }

    /// <summary>Labelled months evaluated, ending at the last month whose 18-month future is in the log.</summary>
    public int EvalMonths { get; init; } = 6;

    /// <summary>Months at the start of the log left out of training (features need some history).</summary>
    public int WarmupMonths { get; init; } = 6;

    /// <summary>Share of firms held out of training (validation and evaluation).</summary>
    public double HoldoutShare { get; init; } = 0.25;

    public ulong SplitSeed { get; init; } = 42;

    public ImmutableArray<LearnerKind> Learners { get; init; } = [LearnerKind.FastTree, LearnerKind.LightGbm];

    public LearnerSettings Settings { get; init; } = LearnerSettings.Default;

    /// <summary>
    /// Candidate settings tried per boosted learner on validation (<see cref="HyperSearch"/>); 0 or 1: the
    /// run's settings only (the default, whose model is reproducible byte for byte).
    /// </summary>
    public int SearchCandidates { get; init; }

    /// <summary>Fit the logistic baseline and show it in the report (never kept as the model).</summary>
    public bool LogisticBaseline { get; init; } = true;

    /// <summary>Relative exit margin of the alert levels (may be reduced to keep the levels ordered; the report says so).</summary>
    public double Hysteresis { get; init; } = 0.15;
}
