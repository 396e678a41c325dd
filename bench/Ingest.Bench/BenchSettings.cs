using System.Globalization;

namespace SignauxFaibles.Ingest.Bench;

/// <summary>Command-line settings of the run (throughput mode by default, latency mode with <c>--latency</c>).</summary>
internal sealed record BenchSettings(
    int Firms, int Months, string Prefix, string ConfigFile, bool SkipProduce, int MaxInFlight,
    bool Latency, int Rate, int Seconds, int WarmupSeconds, BenchStorage Storage, string Postgres)
{
    /// <summary>The PostgreSQL server of scripts/services.sh; the durable mode creates its own database there.</summary>
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=sf;Password=sf;Timeout=30";

    /// <summary>The storages to measure, in order: in-memory first, then durable.</summary>
    public IEnumerable<bool> DurableRuns => Storage switch
    {
        BenchStorage.Memory => [false],
        BenchStorage.Postgres => [true],
        _ => [false, true],
    };

    public static BenchSettings Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        int Int(string name, string fallback) => int.Parse(Get(name, fallback), CultureInfo.InvariantCulture);

        var latency = args.Contains("--latency");
        return new BenchSettings(
            Int("--firms", latency ? "10000" : "100000"),
            Int("--months", "24"),
            Get("--prefix", "bench."),
            Get("--config", Path.Combine(RepositoryRoot(), "src", "Connector", "appsettings.Local.json")),
            args.Contains("--skip-produce"),
            Int("--in-flight", "512"),
            latency,
            Int("--rate", "2000"),
            Int("--seconds", "60"),
            Int("--warmup", "10"),
            Get("--storage", "memory") switch
            {
                "memory" => BenchStorage.Memory,
                "postgres" => BenchStorage.Postgres,
                "both" => BenchStorage.Both,
                var other => throw new ArgumentException($"--storage {other}: memory, postgres or both"),
            },
            Get("--pg", DefaultPostgres));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SignauxFaibles.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

/// <summary>Where the firm grains keep their state in the measured silo.</summary>
internal enum BenchStorage
{
    Memory,
    Postgres,
    Both,
}
