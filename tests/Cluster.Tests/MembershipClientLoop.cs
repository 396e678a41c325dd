using System.Diagnostics;
using SignauxFaibles.Silo.Tests;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// The command-line client (src/Client, <c>sf firm SIREN --membership ...</c>) asked about firms one after the
/// other, round-robin, until stopped: each run finds the gateways in the cluster's PostgreSQL membership table,
/// as an operator's client would. Records every run's exit code, duration and error output.
/// </summary>
internal sealed class MembershipClientLoop : IAsyncDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private readonly CancellationTokenSource _stop = new();
    private readonly List<(string Siren, int ExitCode, TimeSpan Elapsed, string Output)> _runs = [];
    private readonly Task _loop;

    public MembershipClientLoop(string membership, string clusterId, IReadOnlyList<string> sirens)
    {
        Assert.NotEmpty(sirens);
        _loop = Task.Run(async () =>
        {
            for (var i = 0; !_stop.IsCancellationRequested; i++)
            {
                var siren = sirens[i % sirens.Count];
                var watch = Stopwatch.StartNew();
                using var client = ProgramProcess.Start("Client", "sf", ["firm", siren, "--membership", membership, "--cluster-id", clusterId, "--attempts", "10"]);
                var exit = await client.WaitForExitAsync(RunTimeout);
                lock (_runs)
                {
                    _runs.Add((siren, exit, watch.Elapsed, client.Output));
                }
            }
        });
    }

    public int Count
    {
        get
        {
            lock (_runs)
            {
                return _runs.Count;
            }
        }
    }

    /// <summary>Waits until <paramref name="runs"/> runs finished (the loop is slow: each run starts a process).</summary>
    public Task WaitUntilAsync(int runs, TimeSpan timeout) =>
        Eventually.Until(() => Count >= runs || _loop.IsCompleted, timeout, () => $"only {Count} client runs", TimeSpan.FromMilliseconds(250));

    /// <summary>Stops after the run in progress; returns every run.</summary>
    public async Task<IReadOnlyList<(string Siren, int ExitCode, TimeSpan Elapsed, string Output)>> StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        lock (_runs)
        {
            return [.. _runs];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException or FileNotFoundException)
        {
            // Already reported by StopAsync when the test got that far.
        }

        _stop.Dispose();
    }
}
