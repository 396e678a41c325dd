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
                Months = 12,
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
