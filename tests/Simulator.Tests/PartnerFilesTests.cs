using System.Globalization;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Dgefp;
using SignauxFaibles.Formats.Financial;
using SignauxFaibles.Formats.Sirene;
using SignauxFaibles.Formats.Suppliers;
using SignauxFaibles.Formats.Urssaf;
using SignauxFaibles.Simulator.Economy;

namespace SignauxFaibles.Simulator.Tests;

/// <summary>
/// The partner files of a run, read back with the project's own readers: every row is accepted except the
/// injected malformed rows, each rejected at its row with the reason the manifest announced, and the
/// accepted events are the event stream's.
/// </summary>
public sealed class PartnerFilesTests
{
    private static readonly Dictionary<string, IPartnerFileReader> Readers = new IPartnerFileReader[]
    {
        new SireneUniteLegaleReader(), new SireneEtablissementReader(), new CotisationReader(), new DebitReader(),
        new DelaiReader(), new CcsfReader(), new ProcolReader(), new EffectifReader(), new EffectifEntrepriseReader(),
        new ApDemandeReader(), new ApConsommationReader(), new EtatsFinanciersReader(), new PaiementsFournisseursReader(),
    }.ToDictionary(r => r.Format);

    [Fact]
    public void PartnerFiles_ReadBack_AcceptEverythingButTheManifestedMalformedRows()
    {
        var dir = RunOutput.TempDirectory("partners");
        try
        {
            var summary = Simulation.Run(new SimulationOptions
            {
                Seed = 11,
                Firms = 600,
                Months = 30,
                Start = Month.Of(2019, 7),
                Crisis = new CrisisSpec(Month.Of(2020, 3), 3),
                MalformedRate = 0.004,
                OutputDirectory = dir,
            });
            Assert.Empty(summary.EventsWithoutPartnerWriter);

            var expected = RunOutput.Csv(Path.Combine(dir, "manifest", "malformed.csv"))
                .ToDictionary(r => (File: r[0], Row: long.Parse(r[2], CultureInfo.InvariantCulture)), r => r[4]);
            Assert.True(expected.Count > 50, $"only {expected.Count} malformed rows");
            Assert.True(expected.Values.Distinct().Count() >= 3, "several kinds of malformation");

            var accepted = new Dictionary<string, long>(StringComparer.Ordinal);
            var streamed = RunOutput.Events(dir).Select(Key).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
            var unexpected = new List<string>();
            var rejectedAsExpected = 0;
            foreach (var d in RunOutput.Csv(Path.Combine(dir, "partners", "deliveries.csv")))
            {
                var day = DateOnly.Parse(d[0], CultureInfo.InvariantCulture);
                var reader = Readers[d[1]];
                var report = new FileReport(d[1], d[2]);
                using var stream = File.OpenRead(Path.Combine(dir, d[2]));
                var rows = 0L;
                foreach (var result in reader.Read(stream, new ReadOptions { DeliveredOn = day }, report))
                {
                    rows++;
                    var row = result.LineNumber - 1;
                    if (result.IsAccepted)
                    {
                        var schema = EventSchemas.Of(result.Event!).Name;
                        accepted[schema] = accepted.GetValueOrDefault(schema) + 1;
                        var key = Key(result.Event!);
                        if (!streamed.TryGetValue(key, out var left) || left == 0)
                        {
                            unexpected.Add($"{d[2]} row {row}: not in the event stream: {key}");
                        }
                        else
                        {
                            streamed[key] = left - 1;
                        }
                    }
                    else if (expected.TryGetValue((d[2], row), out var code)
                        && result.Rejects.Any(r => r.CodeName == code))
                    {
                        rejectedAsExpected++;
                    }
                    else
                    {
                        unexpected.Add($"{d[2]} row {row}: {string.Join("; ", result.Rejects)} {result.RawLine}");
                    }
                }

                Assert.Null(report.Fatal);
                Assert.Equal(long.Parse(d[3], CultureInfo.InvariantCulture), rows);
            }

            Assert.Empty(unexpected.Take(20));
            Assert.Equal(expected.Count, rejectedAsExpected);
            Assert.Equal(summary.EventsBySchema.OrderBy(kv => kv.Key), accepted.OrderBy(kv => kv.Key));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>What identifies an event whatever the format carries besides.</summary>
    private static string Key(FirmEvent e) => e switch
    {
        EstablishmentEvent est => $"{EventSchemas.Of(e).Name}|{e.Siren}|{est.Siret}|{e.DeliveredOn:yyyy-MM-dd}",
        _ => $"{EventSchemas.Of(e).Name}|{e.Siren}|{e.DeliveredOn:yyyy-MM-dd}",
    };
}
