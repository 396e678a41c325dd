using System.Collections.Immutable;
using System.Text;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Simulator;

namespace SignauxFaibles.Bench.GrainMemory;

/// <summary>
/// Realistic firm histories from a simulator run, reused under new SIRENs: simulating and streaming 100,000
/// firms over 48 months would take hours here, while the memory of a grain depends on the shape of its
/// history (establishments, debts, plans, statements), which the templates carry.
/// </summary>
internal sealed class FirmTemplates
{
    private readonly List<FirmEvent[]> _firms;

    private FirmTemplates(List<FirmEvent[]> firms) => _firms = firms;

    public int Count => _firms.Count;

    public double MeanEvents => _firms.Average(f => f.Length);

    public static FirmTemplates Simulate(int firms, int months, ulong seed)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sf-bench-{Guid.NewGuid():N}");
        try
        {
            Simulation.Run(new SimulationOptions
            {
                Seed = seed,
                Firms = firms,
                Months = months,
                Start = Month.Of(2021, 1),
                OutputDirectory = directory,
                PartnerFiles = false,
                WriteHazards = false,
            });
            var byFirm = new Dictionary<string, List<FirmEvent>>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(Path.Combine(directory, "events.jsonl")))
            {
                if (EventJson.TryDeserialize(Encoding.UTF8.GetBytes(line), out var e, out _) && e is not null)
                {
                    if (!byFirm.TryGetValue(e.Siren, out var list))
                    {
                        byFirm[e.Siren] = list = [];
                    }

                    list.Add(e);
                }
            }

            return new FirmTemplates([.. byFirm.Values.Select(l => l.ToArray())]);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>The SIREN of the n-th bench firm (valid check digit, outside the simulator's range of use).</summary>
    public static string SirenOf(int n) =>
        Siren.Complete((90_000_000 + n).ToString("D8", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The history of template <c>n mod Count</c> as firm <paramref name="siren"/>, one batch in delivery order.</summary>
    public FirmBatch BatchFor(int n, string siren)
    {
        var template = _firms[n % _firms.Count];
        var events = ImmutableArray.CreateBuilder<SourcedEvent>(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            events.Add(new SourcedEvent(new SourcePosition("bench", 0, i), Rekey(template[i], siren)));
        }

        return new FirmBatch(siren, events.MoveToImmutable());
    }

    private static FirmEvent Rekey(FirmEvent e, string siren) => e switch
    {
        EstablishmentEvent ee => ee with { Siren = siren, Siret = siren + ee.Siret[Math.Min(9, ee.Siret.Length)..] },
        ProcedureCollective { Siret: { Length: > 9 } siret } p => p with { Siren = siren, Siret = siren + siret[9..] },
        _ => e with { Siren = siren },
    };
}
