using System.Collections.Immutable;
using SignauxFaibles.Domain.Features;
using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Models;
using SignauxFaibles.Simulator;
using SignauxFaibles.Training;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Scoring.Bench;

/// <summary>
/// The model and firm-months the benchmarks score. The model is the artifact named by SF_BENCH_MODEL (or
/// --model DIR), e.g. the one trained on /tmp/sim100k; without it, one is trained here with the trainer's
/// default settings (200 trees x 31 leaves) on a 3,000-firm x 48-month simulation. The firm-months are
/// real point-in-time feature vectors of a small simulation (missing values included), cycled through.
/// </summary>
internal static class ScoringData
{
    public const int Rows = 1024;

    private static readonly Lazy<(TreeEnsembleScorer Scorer, ImmutableArray<FeatureVector> Vectors, string Origin)> Data = new(Load);

    public static TreeEnsembleScorer Scorer => Data.Value.Scorer;

    public static ImmutableArray<FeatureVector> Vectors => Data.Value.Vectors;

    public static string Origin => Data.Value.Origin;

    private static (TreeEnsembleScorer, ImmutableArray<FeatureVector>, string) Load()
    {
        var directory = Path.Combine(Path.GetTempPath(), "signauxfaibles-scoring-bench");
        var sim = Path.Combine(directory, "sim");
        if (!File.Exists(Path.Combine(sim, "summary.json")))
        {
            Simulation.Run(new SimulationOptions
            {
                Seed = 21,
                Firms = 3000,
                Months = 48,
                Start = Month.Of(2019, 1),
                OutputDirectory = sim,
                PartnerFiles = false,
                WriteHazards = false,
                Parallelism = Environment.ProcessorCount,
            });
        }

        var source = EventSource.FromFile(Path.Combine(sim, "events.jsonl"), out var problem) ?? throw new InvalidOperationException(problem);
        var modelDir = Environment.GetEnvironmentVariable("SF_BENCH_MODEL");
        string origin;
        if (string.IsNullOrEmpty(modelDir))
        {
            modelDir = Path.Combine(directory, "models", "bench-1");
            if (!Directory.Exists(modelDir))
            {
                TrainingRun.Run(
                    new TrainingOptions { Id = "bench-1", OutputDirectory = Path.Combine(directory, "models"), EvalMonths = 4, Learners = [LearnerKind.FastTree] },
                    source,
                    null,
                    CancellationToken.None);
            }

            origin = $"trained in setup ({LearnerSettings.Default.Describe(LearnerKind.FastTree)}) on a 3,000-firm x 48-month simulation: {modelDir}";
        }
        else
        {
            origin = $"artifact {modelDir}";
        }

        var scorer = (TreeEnsembleScorer)new ModelArtifactReader([new TreeEnsembleScorerFactory()]).Read(modelDir).Scorer;
        var panel = new PanelBuilder(new Training.Labels.FirmSplit(1, 0), m => m >= source.LastMonth.AddMonths(-12), (_, _) => true)
            .Build(source.Blocks(null, CancellationToken.None), null, CancellationToken.None);
        var step = Math.Max(1, panel.Count / Rows);
        var vectors = ImmutableArray.CreateBuilder<FeatureVector>(Rows);
        for (var r = 0; r < panel.Count && vectors.Count < Rows; r += step)
        {
            var values = new double[FeaturePanel.Width];
            var row = panel.Row(r);
            for (var k = 0; k < values.Length; k++)
            {
                values[k] = row[k];
            }

            vectors.Add(new FeatureVector(panel.FirmOf(r).Siren, panel.MonthOf(r), [.. values]));
        }

        return (scorer, vectors.ToImmutable(), origin);
    }
}
