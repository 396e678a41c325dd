namespace SignauxFaibles.Ingest.Bench;

/// <summary>Command-line settings of the run.</summary>
internal sealed record BenchSettings(int Firms, int Months, string Prefix, string ConfigFile, bool SkipProduce, int MaxInFlight)
{
    public static BenchSettings Parse(string[] args)
    {
        string Get(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }

        return new BenchSettings(
            int.Parse(Get("--firms", "100000")),
            int.Parse(Get("--months", "24")),
            Get("--prefix", "bench."),
            Get("--config", Path.Combine(RepositoryRoot(), "src", "Connector", "appsettings.Local.json")),
            args.Contains("--skip-produce"),
            int.Parse(Get("--in-flight", "512")));
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
