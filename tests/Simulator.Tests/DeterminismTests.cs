using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Economy;

namespace SignauxFaibles.Simulator.Tests;

public sealed class DeterminismTests
{
    private static SimulationOptions Options(ulong seed, string dir, int parallelism) => new()
    {
        Seed = seed,
        Firms = 300,
        Months = 24,
        Start = Month.Of(2019, 6),
        Crisis = new CrisisSpec(Month.Of(2020, 3), 2),
        MalformedRate = 0.01,
        OutputDirectory = dir,
        Parallelism = parallelism,
    };

    [Fact]
    public void Run_SameSeedTwice_WritesByteIdenticalFiles()
    {
        var a = RunOutput.TempDirectory("det-a");
        var b = RunOutput.TempDirectory("det-b");
        try
        {
            // Different thread counts too: results must not depend on scheduling.
            Simulation.Run(Options(7, a, parallelism: 1));
            Simulation.Run(Options(7, b, parallelism: 3));
            var ha = RunOutput.Hashes(a);
            var hb = RunOutput.Hashes(b);
            Assert.Contains("events.jsonl", ha.Keys);
            Assert.Contains(Path.Combine("truth", "hazard.csv"), ha.Keys);
            Assert.True(new FileInfo(Path.Combine(a, "events.jsonl")).Length > 100_000);
            Assert.Equal(ha, hb);
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentPopulationsAndHistories()
    {
        var a = RunOutput.TempDirectory("seed-a");
        var b = RunOutput.TempDirectory("seed-b");
        try
        {
            Simulation.Run(Options(1, a, 2));
            Simulation.Run(Options(2, b, 2));
            var sirensA = RunOutput.Events(a).OfType<SireneUniteLegale>().Select(e => e.Siren).ToHashSet();
            var sirensB = RunOutput.Events(b).OfType<SireneUniteLegale>().Select(e => e.Siren).ToHashSet();
            Assert.Equal(300, sirensA.Count);
            Assert.Equal(300, sirensB.Count);
            Assert.True(sirensA.Intersect(sirensB).Count() < 10, "two seeds should draw (almost) disjoint SIRENs");
            Assert.NotEqual(RunOutput.Hashes(a)["events.jsonl"], RunOutput.Hashes(b)["events.jsonl"]);
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }
}
