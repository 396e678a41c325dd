using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// One long-lived Orleans client connected as the command-line client's <c>--membership</c> option connects
/// (src/Client/ClusterConnection.cs: ADO.NET clustering on the silos' PostgreSQL membership table, which lists
/// every live gateway), asking firm summaries round-robin, one after the other, until stopped. Records each
/// query's outcome and duration.
/// </summary>
internal sealed class FirmQueryLoop : IAsyncDisposable
{
    private static readonly TimeSpan QueryTimeout = TimeSpan.FromSeconds(10);

    private readonly IHost _host;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(DateTimeOffset At, TimeSpan Elapsed, string? Error)> _queries = [];
    private Task _loop = Task.CompletedTask;

    private FirmQueryLoop(IHost host) => _host = host;

    public int Count
    {
        get
        {
            lock (_queries)
            {
                return _queries.Count;
            }
        }
    }

    public static async Task<FirmQueryLoop> StartAsync(string membership, string clusterId, IReadOnlyList<string> sirens, TimeSpan timeout)
    {
        Assert.NotEmpty(sirens);
        // Empty: no appsettings.json from the test's folder (the silo's, copied there, configures providers a client must not load).
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseOrleansClient(client => client
            .Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = "signaux-faibles";
            })
            .UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = membership;
            }));
        var host = builder.Build();
        using (var cts = new CancellationTokenSource(timeout))
        {
            await host.StartAsync(cts.Token);
        }

        var loop = new FirmQueryLoop(host);
        loop._loop = Task.Run(() => loop.RunAsync(host.Services.GetRequiredService<IClusterClient>(), sirens));
        return loop;
    }

    /// <summary>Stops; returns every query (when it started, how long it took, its error if any).</summary>
    public async Task<IReadOnlyList<(DateTimeOffset At, TimeSpan Elapsed, string? Error)>> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        lock (_queries)
        {
            return [.. _queries];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await _host.StopAsync(TimeSpan.FromSeconds(5));
        _host.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(IClusterClient client, IReadOnlyList<string> sirens)
    {
        // About five queries a second.
        using var pace = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        for (var i = 0; !_stop.IsCancellationRequested; i++)
        {
            var at = DateTimeOffset.UtcNow;
            var watch = Stopwatch.StartNew();
            string? error = null;
            try
            {
                var summary = await client.GetGrain<IFirmGrain>(sirens[i % sirens.Count]).GetSummaryAsync().WaitAsync(QueryTimeout);
                if (summary.Month is null)
                {
                    error = $"{sirens[i % sirens.Count]}: no data";
                }
            }
            catch (Exception ex) when (ex is TimeoutException or OrleansException or SiloUnavailableException or OperationCanceledException)
            {
                error = $"{sirens[i % sirens.Count]}: {ex.GetType().Name} {ex.Message}";
            }

            lock (_queries)
            {
                _queries.Add((at, watch.Elapsed, error));
            }

            try
            {
                await pace.WaitForNextTickAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
