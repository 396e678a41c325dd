using System.Diagnostics;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SignauxFaibles.Benchmarks;
using SignauxFaibles.Formats.Urssaf;

// "--quick": one timed pass per file without BenchmarkDotNet (for profiling loops).
// Otherwise BenchmarkDotNet; without a --job argument, a short job run in process (1 launch, 3 warmups,
// 5 iterations): building BenchmarkDotNet's separate boilerplate project takes minutes on a loaded 2-core machine.
if (args.Contains("--quick"))
{
    foreach (var (name, reader, path) in new[]
             {
                 ("debit", (SignauxFaibles.Formats.Core.IPartnerFileReader)new DebitReader(), BenchmarkData.DebitFile),
                 ("effectif", new EffectifReader(), BenchmarkData.EffectifFile),
             })
    {
        for (var pass = 1; pass <= 3; pass++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var rows = ReaderBenchmarks.ReadFile(reader, path);
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"{name} pass {pass}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:F2} s wall = {rows / watch.Elapsed.TotalSeconds:N0} rows/s; "
                + $"{cpu.TotalSeconds:F2} s CPU = {rows / cpu.TotalSeconds:N0} rows/s per core; {allocated / (double)rows:F0} B allocated/row");
        }

        Console.WriteLine(ProcessFigures.Describe(name));
    }

    return;
}

IConfig config = ManualConfig.Create(DefaultConfig.Instance)
    .WithBuildTimeout(TimeSpan.FromMinutes(10))
    .AddColumn(StatisticColumn.Median);
if (!args.Any(a => a.StartsWith("--job", StringComparison.Ordinal) || a == "-j"))
{
    config = config.AddJob(Job.Default
        .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("inproc-1x3x5"));
}

BenchmarkSwitcher.FromAssembly(typeof(ReaderBenchmarks).Assembly).Run(args, config);
