using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training.Tests.Infrastructure;

/// <summary>
/// One small simulation (2,000 firms x 48 months) trained once through the real run (file log, hazard file,
/// FastTree and LightGBM compared, artifact written), shared by the test classes of the collection.
/// </summary>
public sealed class TrainedFixture : IDisposable
{
    public const int Firms = 2000;
    public const int Months = 48;

    /// <summary>Small but real settings: enough trees and leaves to have deep paths and NaN routing everywhere.</summary>
    public static LearnerSettings Settings { get; } = new(Trees: 60, Leaves: 16, MinLeafExamples: 20, LearningRate: 0.15, Seed: 3, Threads: null);

    public TrainedFixture()
    {
        Simulation = new SmallSimulation(Firms, Months, seed: 11);
        Output = Path.Combine(Simulation.Directory, "models");
        var source = EventSource.FromFile(Simulation.EventsFile, out var problem) ?? throw new InvalidOperationException(problem);
        Result = TrainingRun.Run(
            new TrainingOptions
            {
                Id = "test-1",
                OutputDirectory = Output,
                HazardFile = Simulation.HazardFile,
                EvalMonths = 4,
                WarmupMonths = 3,
                Settings = Settings,
            },
            source,
            null,
            CancellationToken.None);
    }

    public SmallSimulation Simulation { get; }

    public string Output { get; }

    internal TrainingResult Result { get; }

    public void Dispose() => Simulation.Dispose();
}

[CollectionDefinition(Name)]
public sealed class TrainedModel : ICollectionFixture<TrainedFixture>
{
    public const string Name = "trained";
}
