using System.Text.Json;

namespace SignauxFaibles.Simulator.Tests;

public sealed class ShortRunTests
{
    [Fact]
    public void Run_ShorterThanTheTargetHorizon_WritesASummaryWithoutOracleAuc()
    {
        var dir = RunOutput.TempDirectory("short");
        try
        {
            var summary = Simulation.Run(new SimulationOptions
            {
                Seed = 3,
                Firms = 100,
                // One month: no scored month can be labelled (no 18-month future, and a judgment or closure
                // in the first month finds no earlier scored month), so the AUC is undefined whatever the draws.
                Months = 1,
                OutputDirectory = dir,
            });

            Assert.False(double.IsFinite(summary.OracleAuc));
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "summary.json")));
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("oracle").GetProperty("auc").ValueKind);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
