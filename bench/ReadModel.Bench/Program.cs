using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SignauxFaibles.ReadModel;
using SignauxFaibles.ReadModel.Bench;

// Usage: dotnet run -c Release --project bench/ReadModel.Bench -- [--firms 350000] [--runs 50]
//        [--pg "Host=127.0.0.1;Port=55432;Username=sf;Password=sf"] [--database sf_readmodel] [--skip-fill]
//        [--scale K]   (projects --firms firms, then copies them K-1 times in SQL for the query timings)
var options = Args.Parse(args);
var admin = new NpgsqlConnectionStringBuilder(options.Pg) { Database = "postgres" }.ConnectionString;
if (!options.SkipFill)
{
    await using var connection = new NpgsqlConnection(admin);
    await connection.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS {options.Database} WITH (FORCE)", connection).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE {options.Database}", connection).ExecuteNonQueryAsync();
}

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["ReadModel:Provider"] = "Postgres",
    ["ReadModel:ConnectionString"] = new NpgsqlConnectionStringBuilder(options.Pg) { Database = options.Database }.ConnectionString,
}).Build();
await using var services = new ServiceCollection().AddReadModel(configuration).BuildServiceProvider();
await services.GetRequiredService<ReadModelStore>().EnsureSchemaAsync(CancellationToken.None);
var projector = services.GetRequiredService<IReadModelProjector>();
var reader = services.GetRequiredService<IDetectionListReader>();

if (!options.SkipFill)
{
    // The rebuild path: every firm's January state, then its February state (crossing the February
    // cut-off freezes the January one on the February list), then the March list is closed.
    var total = Stopwatch.StartNew();
    foreach (var (sequence, asOf) in new[] { (0, new DateOnly(2026, 1, 20)), (1, new DateOnly(2026, 2, 20)) })
    {
        var pass = Stopwatch.StartNew();
        for (var start = 0; start < options.Firms; start += options.Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(options.Batch, options.Firms - start)).Select(i => SyntheticFirms.Firm(i, sequence, asOf, 42)).ToList();
            await projector.ApplyAsync(batch, [new ProjectionPosition("bench.scores", 0, start + batch.Count)], CancellationToken.None);
            if ((start / options.Batch) % 25 == 0)
            {
                Console.Error.Write($"\r  pass {sequence + 1}: {start + batch.Count:N0}/{options.Firms:N0} firms, {pass.Elapsed.TotalSeconds:F0} s   ");
            }
        }

        Console.Error.WriteLine();
        Console.WriteLine($"pass {sequence + 1} ({options.Firms:N0} score changes): {pass.Elapsed.TotalSeconds:F1} s");
    }

    var close = Stopwatch.StartNew();
    await projector.CloseAsync(new DateOnly(2026, 3, 1), CancellationToken.None);
    Console.WriteLine($"close lists 2026-02-01 and 2026-03-01: {close.Elapsed.TotalSeconds:F1} s");
    Console.WriteLine($"rebuild total ({options.Firms:N0} firms, 2 changes each, 2 lists): {total.Elapsed.TotalSeconds:F1} s");
    await using var connection = new NpgsqlConnection(configuration["ReadModel:ConnectionString"]);
    await connection.OpenAsync();
    if (options.Scale > 1)
    {
        // The query benchmark on more firms than were projected: copies of the projected rows under new
        // SIRENs, made by the server (same distribution of levels, zones, filters).
        var copy = Stopwatch.StartNew();
        await Replicate.RunAsync(connection, options.Firms, options.Scale);
        Console.WriteLine($"replicated x{options.Scale} in SQL -> {options.Firms * options.Scale:N0} firms per list: {copy.Elapsed.TotalSeconds:F1} s");
    }

    await new NpgsqlCommand("VACUUM ANALYZE", connection).ExecuteNonQueryAsync();
}

var current = await reader.CurrentAsync(CancellationToken.None) ?? throw new InvalidOperationException("no closed list: run without --skip-fill");
Console.WriteLine($"current list {current.Date:yyyy-MM-dd}: {current.Firms:N0} firms, {current.Counts.Eleve:N0} élevé, {current.Counts.Modere:N0} modéré, {current.Counts.PremieresAlertes:N0} premières alertes");
var queries = new (string Name, DetectionListQuery Query)[]
{
    ("default (in bonis, effectif >= 10, by score)", new DetectionListQuery()),
    ("département 59", new DetectionListQuery { Departements = ["59"] }),
    ("région 84 + NAF section C + effectif >= 50", new DetectionListQuery { Regions = ["84"], NafSections = ["C"], MinEffectif = 50 }),
    ("premières alertes + sans délai + > 2 ans", new DetectionListQuery { PremieresAlertesOnly = true, SansDelaiUrssaf = true, MinAgeYears = 2 }),
    ("free text 'boulangerie'", new DetectionListQuery { Text = "boulangerie" }),
    ("default, page 20", new DetectionListQuery { Page = 20 }),
};
Console.WriteLine($"{"query",-48} {"rows",8} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
foreach (var (name, query) in queries)
{
    var times = new List<double>();
    DetectionListPage? page = null;
    for (var i = 0; i < options.Runs + 5; i++)
    {
        var sw = Stopwatch.StartNew();
        page = await reader.QueryAsync(query, CancellationToken.None);
        if (i >= 5)
        {
            times.Add(sw.Elapsed.TotalMilliseconds);
        }
    }

    times.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-48} {page!.Total,8} {Percentile(times, 0.50),8:F1} {Percentile(times, 0.95),8:F1} {times[^1],8:F1}"));
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

internal sealed record Args(int Firms, int Runs, int Batch, string Pg, string Database, bool SkipFill, int Scale)
{
    public static Args Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        return new Args(
            int.Parse(Value("--firms") ?? "350000", CultureInfo.InvariantCulture),
            int.Parse(Value("--runs") ?? "50", CultureInfo.InvariantCulture),
            int.Parse(Value("--batch") ?? "2000", CultureInfo.InvariantCulture),
            Value("--pg") ?? "Host=127.0.0.1;Port=55432;Username=sf;Password=sf",
            Value("--database") ?? "sf_readmodel",
            args.Contains("--skip-fill"),
            int.Parse(Value("--scale") ?? "1", CultureInfo.InvariantCulture));
    }
}
