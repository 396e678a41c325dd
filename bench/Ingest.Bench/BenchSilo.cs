using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains;
using SignauxFaibles.Grains.Firms;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.Ingest.Bench;

/// <summary>
/// The in-process silo both modes measure: production firm grains on in-memory storage, or on PostgreSQL
/// through the Orleans ADO.NET provider when a connection string is given (durable: the provider
/// the cluster configuration selects with <c>ProviderType=AdoNet</c>, same serializer), the real Kafka
/// ingest (<c>AddKafkaSiloIngest</c>) and the real alert path to the alerts topic.
/// </summary>
internal static class BenchSilo
{
    public static IHost Build(IConfiguration configuration, string group, IReadOnlyList<string> sources, int maxInFlight, string? postgres = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Kafka:Ingest:GroupId"] = group,
            ["Kafka:Ingest:MaxInFlightCalls"] = maxInFlight.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < sources.Count; i++)
        {
            settings[$"Kafka:Ingest:Sources:{i}"] = sources[i];
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddConfiguration(configuration).AddInMemoryCollection(settings);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo =>
        {
            if (postgres is null)
            {
                silo.AddMemoryGrainStorage(FirmGrain.StorageName);
            }
            else
            {
                silo.AddAdoNetGrainStorage(FirmGrain.StorageName, o =>
                {
                    o.Invariant = "Npgsql";
                    o.ConnectionString = postgres;
                });
            }

            silo.UseLocalhostClustering()
                .AddMemoryGrainStorage("PubSubStore")
                .AddMemoryStreams(AlertStreams.Provider)
                .Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromMinutes(5));
        });
        builder.Services.AddFirmGrains();
        builder.Services.AddKafkaSiloIngest(builder.Configuration);
        return builder.Build();
    }
}
