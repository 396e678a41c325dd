using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SignauxFaibles.Ingest.Consuming;
using SignauxFaibles.Ingest.Hosting;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>A generic host running the real ingest consumer against the test broker, with the given sink.</summary>
internal sealed class IngestHost : IAsyncDisposable
{
    private readonly IHost host;

    private IngestHost(IHost host)
    {
        this.host = host;
        Service = host.Services.GetRequiredService<IngestConsumerService>();
    }

    public IngestConsumerService Service { get; }

    public IServiceProvider Services => host.Services;

    public static async Task<IngestHost> StartAsync(KafkaFixture kafka, string groupId, IReadOnlyList<string> sources, IFirmBatchSink sink, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Kafka:Ingest:GroupId"] = groupId };
        for (var i = 0; i < sources.Count; i++)
        {
            overrides[$"Kafka:Ingest:Sources:{i}"] = sources[i];
        }

        builder.Configuration.AddConfiguration(kafka.Configuration).AddInMemoryCollection(overrides);
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton(sink);
        builder.Services.AddKafkaIngest(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        var ingest = new IngestHost(host);
        await ingest.Service.Assigned.WaitAsync(TimeSpan.FromSeconds(30));
        return ingest;
    }

    public Task StopAsync() => host.StopAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        host.Dispose();
    }
}
