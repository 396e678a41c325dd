using System.Globalization;

namespace SignauxFaibles.Ingest.Bench;

/// <summary>Command-line settings of the run (throughput mode by default, latency mode with <c>--latency</c>).</summary>
internal sealed record BenchSettings(
    int Firms, int Months, string Prefix, string ConfigFile, bool SkipProduce, int MaxInFlight,
    bool Latency, int Rate, int Seconds, int WarmupSeconds)
{
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
            Int("--warmup", "10"));
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
