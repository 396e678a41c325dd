using System.Text;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Simulator;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>A simulator run: its event stream in delivery order and its summary.</summary>
internal sealed record SimulatedPopulation(IReadOnlyList<FirmEvent> Events, RunSummary Summary, Month Start, int Months)
{
    public static SimulatedPopulation Run(int firms, int months, ulong seed, Month start)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sf-grains-tests-{Guid.NewGuid():N}");
        try
        {
            var summary = Simulation.Run(new SimulationOptions
            {
                Seed = seed,
                Firms = firms,
                Months = months,
                Start = start,
                OutputDirectory = directory,
                PartnerFiles = false,
                WriteHazards = false,
                Parallelism = Environment.ProcessorCount,
            });
            var events = new List<FirmEvent>((int)summary.EventLines);
            foreach (var line in File.ReadLines(Path.Combine(directory, "events.jsonl")))
            {
                if (!EventJson.TryDeserialize(Encoding.UTF8.GetBytes(line), out var e, out var reject) || e is null)
                {
                    throw new InvalidDataException($"the simulator wrote an undecodable event: {reject}");
                }

                events.Add(e);
            }

            return new SimulatedPopulation(events, summary, start, months);
        }
        finally
        {
            // Absent when the simulator refused its options: let its own exception through.
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }
}
