using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Client;

/// <summary>
/// A started Orleans client host connected to the cluster, or the reason it could not connect.
/// </summary>
internal sealed class ClusterConnection : IAsyncDisposable
{
    /// <summary>Exit code when no cluster answers.</summary>
    public const int Unreachable = 2;

    private readonly IHost _host;

    private ClusterConnection(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>
    /// Signalled when the client host is asked to stop: its console lifetime takes Ctrl-C (SIGINT, SIGTERM)
    /// for itself, so long-running commands watch this as well as the command line's token.
    /// </summary>
    public CancellationToken Stopping => _host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;

    /// <summary>Connects, or writes why not to <paramref name="error"/> and returns null.</summary>
    public static async Task<ClusterConnection?> ConnectAsync(ConnectionSettings settings, TextWriter error, CancellationToken cancellationToken)
    {
        var attempt = 0;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client
            .UseClustering(settings)
            .AddMemoryStreams(AlertStreams.Provider)
            .UseConnectionRetryFilter(async (_, ct) =>
            {
                if (++attempt >= settings.Attempts)
                {
                    return false;
                }

                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                return true;
            }));
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
            return new ClusterConnection(host);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            host.Dispose();
            await error.WriteLineAsync(
                $"No Signaux Faibles cluster reachable ({settings.Describe()}) after {settings.Attempts} attempt(s): {ex.GetBaseException().Message}");
            await error.WriteLineAsync("Start one with `dotnet run --project src/Silo`, or pass --gateway-port/--cluster-id/--service-id.");
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(5));
        }
        finally
        {
            _host.Dispose();
        }
    }
}

/// <summary>Local gateway or membership table, from the connection settings.</summary>
internal static class ClientClusteringExtensions
{
    public static IClientBuilder UseClustering(this IClientBuilder client, ConnectionSettings settings)
    {
        if (settings.Membership is null)
        {
            return client.UseLocalhostClustering(settings.GatewayPort, settings.ServiceId, settings.ClusterId);
        }

        client.Configure<Orleans.Configuration.ClusterOptions>(o =>
        {
            o.ClusterId = settings.ClusterId;
            o.ServiceId = settings.ServiceId;
        });
        return client.UseAdoNetClustering(o =>
        {
            o.Invariant = "Npgsql";
            o.ConnectionString = settings.Membership;
        });
    }
}
