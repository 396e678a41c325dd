using System.Text;
using BenchmarkDotNet.Attributes;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Benchmarks;

/// <summary>
/// Writes 100,000 prepared events in the URSSAF native layouts to a discarding stream: the cost the
/// simulator pays per row (formatting and encoding, no disk). Reported per row.
/// </summary>
[MemoryDiagnoser]
public class WriterBenchmarks
{
    private const int Rows = 100_000;
    private Debit[] debits = [];
    private EffectifEtablissement[] effectifs = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var start = Month.Of(2022, 1);
        debits = [.. Enumerable.Range(0, Rows).Select(i => new Debit
        {
            Siren = "732829320",
            Siret = "73282932000074",
            DeliveredOn = BenchmarkData.DeliveredOn,
            Compte = "111982477292496174",
            NumeroEcartNegatif = (i % 997).ToString(null, null),
            NumeroHistorique = i % 9 + 1,
            DateTraitement = new DateOnly(2020, 1, 1).AddDays(i % 1500),
            PeriodeDebut = start.AddMonths(i % 24),
            PeriodeFin = start.AddMonths(i % 24 + 1),
            PartOuvriere = random.NextInt64(0, 5_000_000) / 100m,
            PartPatronale = random.NextInt64(0, 15_000_000) / 100m,
            EtatCompte = 1,
            CodeProcedureCollective = "0",
            CodeOperationEcartNegatif = "3",
            CodeMotifEcartNegatif = "74",
        })];
        effectifs = [.. Enumerable.Range(0, Rows).Select(i => new EffectifEtablissement
        {
            Siren = "732829320",
            Siret = "73282932000074",
            DeliveredOn = BenchmarkData.DeliveredOn,
            Compte = "111982477292496174",
            Months = [.. BenchmarkData.EffectifMonths.Select(m => new MonthlyHeadcount(m, random.Next(0, 500)))],
        })];
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public void DebitWriter()
    {
        using var text = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
        var writer = new DebitWriter(text);
        foreach (var d in debits)
        {
            writer.Write(d);
        }
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public void EffectifWriter()
    {
        using var text = new StreamWriter(Stream.Null, new UTF8Encoding(false), 1 << 16);
        var writer = new EffectifWriter(text, BenchmarkData.EffectifMonths);
        foreach (var e in effectifs)
        {
            writer.Write(e);
        }
    }
}
