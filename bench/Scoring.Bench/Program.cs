using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SignauxFaibles.Scoring.Bench;

// --model DIR: the artifact to benchmark (else SF_BENCH_MODEL, else a model trained in setup).
var list = args.ToList();
var at = list.IndexOf("--model");
if (at >= 0 && at + 1 < list.Count)
{
    Environment.SetEnvironmentVariable("SF_BENCH_MODEL", list[at + 1]);
    list.RemoveRange(at, 2);
}

// In process (1 launch, 3 warmups, 5 iterations) unless a --job is given, as bench/SignauxFaibles.Benchmarks.
IConfig config = ManualConfig.Create(DefaultConfig.Instance)
    .WithBuildTimeout(TimeSpan.FromMinutes(10))
    .AddColumn(StatisticColumn.Median);
if (!list.Any(a => a.StartsWith("--job", StringComparison.Ordinal) || a == "-j"))
{
    config = config.AddJob(Job.Default
        .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("inproc-1x3x5"));
}

BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run([.. list], config);
