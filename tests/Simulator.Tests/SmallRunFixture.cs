using SignauxFaibles.Domain.Time;
using SignauxFaibles.Simulator.Economy;

namespace SignauxFaibles.Simulator.Tests;

/// <summary>One 3,000-firm, 40-month run with a lockdown, shared by the tests that inspect a run's outputs.</summary>
public sealed class SmallRunFixture : IDisposable
{
    public SmallRunFixture()
    {
        Directory = RunOutput.TempDirectory("fixture");
        Summary = Simulation.Run(new SimulationOptions
        {
            Seed = 20240601,
            Firms = 3000,
            Months = 40,
            Start = Month.Of(2019, 1),
            Crisis = new CrisisSpec(Month.Of(2020, 3), 3),
            OutputDirectory = Directory,
            PartnerFiles = false,
        });
    }

    public string Directory { get; }

    public RunSummary Summary { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
