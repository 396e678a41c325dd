using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains;
using Orleans.Storage;
using SignauxFaibles.Grains.Firms;

namespace SignauxFaibles.Bench.GrainMemory;

/// <summary>Activates firm grains in an in-process silo and reports memory per active firm.</summary>
internal static class MemoryBench
{
    private const int WarmUpFirms = 1000;

    public static RootCommand Command()
    {
        var firms = new Option<int>("--firms") { Description = "Firm grains to activate and measure.", DefaultValueFactory = _ => 100_000 };
        var months = new Option<int>("--months") { Description = "Months of simulated history per firm.", DefaultValueFactory = _ => 48 };
        var templates = new Option<int>("--templates") { Description = "Distinct simulated firms whose histories are reused.", DefaultValueFactory = _ => 2000 };
        var storage = new Option<string>("--storage")
        {
            Description = "discard: state leaves the process, as with PostgreSQL (the figure to read); memory: the embedded default's in-memory storage, which keeps a serialized copy of every state in the process.",
            DefaultValueFactory = _ => "discard",
        };
        storage.AcceptOnlyFromAmong("discard", "memory");
        var root = new RootCommand("Resident memory per active firm grain.") { firms, months, templates, storage };
        root.SetAction((parse, ct) => RunAsync(parse.GetValue(firms), parse.GetValue(months), parse.GetValue(templates), parse.GetValue(storage)!, ct));
        return root;
    }

    private static async Task<int> RunAsync(int firms, int months, int templateCount, string storage, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"Simulating {templateCount} template firms over {months} months...");
        var templates = FirmTemplates.Simulate(templateCount, months, seed: 3);
        Console.WriteLine($"  {templates.Count} firms, {templates.MeanEvents:F0} events per firm on average ({clock.Elapsed:mm\\:ss})");

        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering()
                .AddMemoryGrainStorage("PubSubStore")
                .AddMemoryStreams(AlertStreams.Provider);
            if (storage == "memory")
            {
                silo.AddMemoryGrainStorage(FirmGrain.StorageName);
            }
            else
            {
                silo.Services.AddKeyedSingleton<IGrainStorage>(FirmGrain.StorageName, (_, _) => new DiscardingGrainStorage());
            }

            silo.Services.AddFirmGrains();
        });
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        await ActivateAsync(grains, templates, first: firms, count: WarmUpFirms, cancellationToken);
        var before = Measure();
        Console.WriteLine($"Baseline after {WarmUpFirms} warm-up firms: managed {Mb(before.Managed)}, resident {Mb(before.Resident)}");

        var fed = Stopwatch.StartNew();
        await ActivateAsync(grains, templates, first: 0, count: firms, cancellationToken);
        Console.WriteLine($"Activated {firms} firms in {fed.Elapsed:mm\\:ss}");
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var after = Measure();
        var activations = await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount(cancellationToken);

        Console.WriteLine($"After: managed {Mb(after.Managed)}, resident {Mb(after.Resident)}, {activations} activations in the silo");
        Console.WriteLine($"Per active firm ({months} months of history, storage '{storage}'):");
        Console.WriteLine($"  managed heap  {(after.Managed - before.Managed) / (double)firms / 1024:F2} KB");
        Console.WriteLine($"  resident set  {(after.Resident - before.Resident) / (double)firms / 1024:F2} KB   (target <= 16 KB)");
        await host.StopAsync(CancellationToken.None);
        return 0;
    }

    private static async Task ActivateAsync(IGrainFactory grains, FirmTemplates templates, int first, int count, CancellationToken cancellationToken)
    {
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(first, count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken }, async (n, ct) =>
        {
            var siren = FirmTemplates.SirenOf(n);
            await grains.GetGrain<IFirmGrain>(siren).ApplyAsync(templates.BatchFor(n, siren), ct);
            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                Console.WriteLine($"  {done} firms");
            }
        });
    }

    private static (long Managed, long Resident) Measure()
    {
        for (var i = 0; i < 3; i++)
        {
            GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return (GC.GetTotalMemory(forceFullCollection: false), process.WorkingSet64);
    }

    private static string Mb(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MB";
}
