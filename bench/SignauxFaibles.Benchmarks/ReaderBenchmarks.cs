using BenchmarkDotNet.Attributes;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Formats.Urssaf;

namespace SignauxFaibles.Benchmarks;

/// <summary>
/// Reads a 1,000,000-row URSSAF file end to end: every line parsed, every event materialised and validated
/// (strict, Luhn included). <c>OperationsPerInvoke</c> makes BenchmarkDotNet report time and allocation
/// per row.
/// </summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private string debitPath = "";
    private string effectifPath = "";

    [GlobalSetup]
    public void Setup()
    {
        debitPath = BenchmarkData.DebitFile;
        effectifPath = BenchmarkData.EffectifFile;
    }

    [GlobalCleanup]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet calls instance methods")]
    public void Cleanup() => Console.WriteLine(ProcessFigures.Describe("after benchmark"));

    [Benchmark(OperationsPerInvoke = BenchmarkData.Rows)]
    public long Debit() => ReadFile(new DebitReader(), debitPath);

    [Benchmark(OperationsPerInvoke = BenchmarkData.Rows)]
    public long Effectif() => ReadFile(new EffectifReader(), effectifPath);

    /// <summary>Reads a whole file and returns the number of accepted events; a rejected line fails the run.</summary>
    public static long ReadFile(IPartnerFileReader reader, string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var report = new FileReport(reader.Format, path);
        var options = new ReadOptions { DeliveredOn = BenchmarkData.DeliveredOn, Validation = ValidationOptions.Strict };
        long accepted = 0;
        foreach (var result in reader.Read(stream, options, report))
        {
            if (result.IsAccepted)
            {
                accepted++;
            }
        }

        return report.LinesRejected == 0 && report.Fatal is null
            ? accepted
            : throw new InvalidOperationException("benchmark input should be all valid: " + report.Summary);
    }
}
