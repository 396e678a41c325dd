using System.Text;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Simulator;

namespace SignauxFaibles.Training.Tests.Infrastructure;

/// <summary>A small simulator run kept on disk for the tests' lifetime: its event log decoded, and its hazard file.</summary>
public sealed class SmallSimulation : IDisposable
{
    public SmallSimulation(int firms, int months, ulong seed)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"sf-training-tests-{Guid.NewGuid():N}");
        Summary = Simulation.Run(new SimulationOptions
        {
            Seed = seed,
            Firms = firms,
            Months = months,
            Start = Month.Of(2019, 1),
            OutputDirectory = Directory,
            PartnerFiles = false,
            WriteHazards = true,
            Parallelism = Environment.ProcessorCount,
        });
        var events = new List<FirmEvent>((int)Summary.EventLines);
        foreach (var line in File.ReadLines(EventsFile))
        {
            if (!EventJson.TryDeserialize(Encoding.UTF8.GetBytes(line), out var e, out var reject) || e is null)
            {
                throw new InvalidDataException($"the simulator wrote an undecodable event: {reject}");
            }

            events.Add(e);
        }

        Events = events;
    }

    public string Directory { get; }

    public RunSummary Summary { get; }

    public IReadOnlyList<FirmEvent> Events { get; }

    public string EventsFile => Path.Combine(Directory, "events.jsonl");

    public string HazardFile => Path.Combine(Directory, "truth", "hazard.csv");

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
