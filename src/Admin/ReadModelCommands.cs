using System.CommandLine;
using System.Data.Common;
using Confluent.Kafka;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.ReadModel;
using SignauxFaibles.ReadModel.Kafka;

namespace SignauxFaibles.Admin;

/// <summary>
/// <c>sf-admin readmodel rebuild</c>: clears the read model and replays the scores topic up to the watermarks
/// taken at start (<see cref="ReadModelRebuild"/>), printing progress to standard error. Settings from the
/// options or the configuration the web app uses (<c>ReadModel</c>, <c>Kafka</c>, <c>ReadModel:Kafka</c>).
/// Exit codes: 0 done, 1 database error, 2 usage, 4 broker unreachable or no scores topic, 130 cancelled.
/// </summary>
internal static class ReadModelCommands
{
    public static Command Build(TextWriter error)
    {
        var connection = new Option<string?>("--connection-string") { Description = "Read-model connection string (default: ReadModel__ConnectionString)." };
        var provider = new Option<ReadModelProvider?>("--provider") { Description = "Read-model store: Postgres or Sqlite (default: ReadModel__Provider, else Sqlite)." };
        var bootstrap = new Option<string?>("--bootstrap") { Description = "Kafka bootstrap servers (default: Kafka__BootstrapServers)." };
        var prefix = new Option<string?>("--topic-prefix") { Description = "Topic prefix: the scores topic is <prefix>scores (default: Kafka__TopicPrefix, else sf.)." };
        var batchSize = new Option<int?>("--batch-size") { Description = "Score changes per transaction (default: ReadModel__Kafka__BatchSize, else 500)." };
        var every = new Option<double>("--progress-seconds") { Description = "Seconds between two progress lines on standard error. Default 5.", DefaultValueFactory = _ => 5 };

        var rebuild = new Command("rebuild", "Clears the read model and replays the scores topic from its beginning up to the watermarks taken at start; closes the due lists and stores the positions, so a continuous projection resumes there.")
        {
            connection, provider, bootstrap, prefix, batchSize, every, AdminHost.Environment,
        };
        rebuild.SetAction(async (parse, cancellationToken) => await AdminHost.RunAsync(
            parse,
            error,
            new Dictionary<string, string?>
            {
                ["ReadModel:ConnectionString"] = parse.GetValue(connection),
                ["ReadModel:Provider"] = parse.GetValue(provider)?.ToString(),
                ["Kafka:BootstrapServers"] = parse.GetValue(bootstrap),
                ["Kafka:TopicPrefix"] = parse.GetValue(prefix),
                ["ReadModel:Kafka:BatchSize"] = parse.GetValue(batchSize)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            (services, configuration) =>
            {
                services.AddReadModel(configuration);
                services.AddKafkaOptions(configuration);
                services.AddScoresProjectionOptions(configuration);
                services.TryAddSingleton(TimeProvider.System);
                services.AddSingleton<ReadModelRebuild>();
            },
            (services, _, ct) => RunAsync(services, TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(every))), error, ct),
            cancellationToken));
        return new Command("readmodel", "The read model of the web app's lists (docs/readmodel.md).") { rebuild };
    }

    private static async Task<int> RunAsync(IServiceProvider services, TimeSpan every, TextWriter error, CancellationToken cancellationToken)
    {
        ReadModelRebuild rebuild;
        try
        {
            rebuild = services.GetRequiredService<ReadModelRebuild>();
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"sf-admin: {string.Join("; ", ex.Failures)}");
            return ExitCodes.Usage;
        }

        try
        {
            var result = await rebuild.RunAsync(null, every, p => error.WriteLine($"sf-admin: readmodel rebuild: {p}"), cancellationToken);
            await error.WriteLineAsync($"sf-admin: read model rebuilt from {rebuild.Topic}: {result.Messages} message(s) in {result.Partitions} partition(s), {result.Malformed} malformed skipped, clock {result.Clock?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}, {result.Elapsed.TotalSeconds:F1} s");
            return ExitCodes.Ok;
        }
        catch (KafkaException ex)
        {
            var kafka = services.GetRequiredService<IOptions<KafkaOptions>>().Value;
            await error.WriteLineAsync($"sf-admin: Kafka: {ex.Error.Reason} ({ex.Error.Code}; bootstrap {kafka.BootstrapServers}, topic {rebuild.Topic}). Nothing was cleared.");
            return ExitCodes.BrokerUnavailable;
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"sf-admin: read-model database: {ex.GetBaseException().Message}");
            return ExitCodes.DatabaseError;
        }
    }
}
