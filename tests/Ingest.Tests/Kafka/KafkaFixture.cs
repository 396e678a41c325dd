using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SignauxFaibles.Ingest.Configuration;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.Ingest.Topics;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// The real local broker, shared by the Kafka tests (run one at a time: they share the topics). Its
/// settings come from src/Connector/appsettings.Local.json, the one place that knows the test broker is
/// an old 0.9. A missing broker fails the tests; it never skips them.
/// </summary>
public sealed class KafkaFixture : IDisposable
{
    private readonly string _zookeeper;
    private readonly string? _kafkaLibs;

    public KafkaFixture()
        : this(null, $"127.0.0.1:{Environment.GetEnvironmentVariable("SF_ZK_PORT") ?? "22181"}", KafkaJars.LibsOrNull, createDefaultTopics: true)
    {
    }

    /// <summary>
    /// Another broker than the shared one (a test's private broker, tests/Cluster.Tests' PrivateKafka): its
    /// bootstrap servers, its ZooKeeper (where create-topics.sh creates topics) and the Kafka jars to run the script with.
    /// </summary>
    internal KafkaFixture(string? bootstrapServers, string zookeeper, string? kafkaLibs, bool createDefaultTopics = false)
    {
        _zookeeper = zookeeper;
        _kafkaLibs = kafkaLibs;
        var settings = new ConfigurationBuilder()
            .AddJsonFile(RepositoryPaths.Of("src", "Connector", "appsettings.Local.json"))
            .AddEnvironmentVariables("SF_TEST_");
        if (bootstrapServers is not null)
        {
            settings.AddInMemoryCollection([new($"{KafkaOptions.SectionName}:BootstrapServers", bootstrapServers)]);
        }

        Configuration = settings.Build();
        Options = Configuration.GetSection(KafkaOptions.SectionName).Get<KafkaOptions>() ?? throw new InvalidOperationException("no Kafka section");
        BindDictionaries(Options, Configuration);
        Topics = new TopicNames(Options.TopicPrefix);
        Producer = new KafkaProducerHandle(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<KafkaProducerHandle>.Instance);

        IReadOnlyList<string> missing;
        try
        {
            missing = Producer.MissingTopics(Topics.All, TimeSpan.FromSeconds(15));
        }
        catch (KafkaException ex)
        {
            Producer.Dispose();
            throw new InvalidOperationException(
                $"No Kafka broker answers at {Options.BootstrapServers} ({ex.Error.Reason}). Start the test broker with `scripts/services.sh start kafka` (scripts/test.sh does it).", ex);
        }

        if (createDefaultTopics && missing.Count > 0)
        {
            CreateTopics(Options.TopicPrefix, 4, _zookeeper, _kafkaLibs);
            WaitForLeaders(Topics);
        }
    }

    public IConfiguration Configuration { get; }

    public KafkaOptions Options { get; }

    public TopicNames Topics { get; }

    public KafkaProducerHandle Producer { get; }

    /// <summary>Bootstrap and the compatibility properties as <c>-X</c> arguments for kcat.</summary>
    public IEnumerable<string> KcatArguments()
    {
        yield return "-b";
        yield return Options.BootstrapServers;
        foreach (var (k, v) in Options.Client)
        {
            yield return "-X";
            yield return $"{k}={v}";
        }
    }

    public IConsumer<byte[]?, byte[]?> CreateReader(string groupId = "sf-test-reader") =>
        new ConsumerBuilder<byte[]?, byte[]?>(KafkaConfigFactory.Consumer(Options, groupId, "sf-test")).Build();

    /// <summary>Current end offset of every partition of the topics.</summary>
    public IReadOnlyList<TopicPartitionOffset> EndOffsets(params string[] topics)
    {
        using var admin = new DependentAdminClientBuilder(Producer.Producer.Handle).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
        using var reader = CreateReader();
        return
        [
            .. metadata.Topics.Where(t => topics.Contains(t.Topic)).SelectMany(t => t.Partitions.Select(p => new TopicPartition(t.Topic, p.PartitionId)))
                .Select(tp => new TopicPartitionOffset(tp, reader.QueryWatermarkOffsets(tp, TimeSpan.FromSeconds(10)).High)),
        ];
    }

    /// <summary>Makes a new consumer group start at the given offsets (instead of the beginning of the topics).</summary>
    public void CommitGroupOffsets(string groupId, IReadOnlyList<TopicPartitionOffset> offsets)
    {
        using var consumer = CreateReader(groupId);
        consumer.Commit(offsets);
    }

    public IReadOnlyList<TopicPartitionOffset> Committed(string groupId, IEnumerable<TopicPartition> partitions)
    {
        using var consumer = CreateReader(groupId);
        return consumer.Committed(partitions, TimeSpan.FromSeconds(10));
    }

    /// <summary>Reads dead letters written after <paramref name="from"/> until <paramref name="enough"/> holds or the timeout passes.</summary>
    public List<DeadLetter> ReadDeadLetters(IReadOnlyList<TopicPartitionOffset> from, Func<List<DeadLetter>, bool> enough, TimeSpan timeout)
    {
        var letters = new List<DeadLetter>();
        using var reader = CreateReader();
        reader.Assign(from);
        var deadline = Stopwatch.StartNew();
        while (!enough(letters) && deadline.Elapsed < timeout)
        {
            var result = reader.Consume(TimeSpan.FromMilliseconds(200));
            if (result?.Message?.Value is { } value)
            {
                letters.Add(DeadLetterJson.TryParse(value) ?? throw new InvalidOperationException("a dead-letter message is not a dead letter"));
            }
        }

        return letters;
    }

    /// <summary>
    /// The topics of another prefix (a test's own, so it shares no topic with other tests or helpers),
    /// created with the operator script when missing.
    /// </summary>
    public TopicNames EnsureTopics(string prefix, int partitions)
    {
        var topics = new TopicNames(prefix);
        if (Producer.MissingTopics(topics.All, TimeSpan.FromSeconds(15)).Count > 0)
        {
            CreateTopics(prefix, partitions, _zookeeper, _kafkaLibs);
            WaitForLeaders(topics);
        }

        return topics;
    }

    public void Dispose() => Producer.Dispose();

    private static void BindDictionaries(KafkaOptions options, IConfiguration configuration)
    {
        // Get<T>() does not fill get-only dictionaries created by the constructor on every binder version: do it explicitly.
        foreach (var (name, target) in new[] { ("Client", options.Client), ("Producer", options.Producer), ("Consumer", options.Consumer) })
        {
            foreach (var child in configuration.GetSection($"{KafkaOptions.SectionName}:{name}").GetChildren())
            {
                target[child.Key] = child.Value ?? "";
            }
        }
    }

    /// <summary>New topics need a moment before every partition has a leader; tests must not start before.</summary>
    private void WaitForLeaders(TopicNames topics)
    {
        using var admin = new DependentAdminClientBuilder(Producer.Producer.Handle).Build();
        var ready = 0;
        Eventually.Wait(
            () =>
            {
                var metadata = admin.GetMetadata(TimeSpan.FromSeconds(10));
                ready = metadata.Topics.Where(t => topics.All.Contains(t.Topic) && t.Error.Code == Confluent.Kafka.ErrorCode.NoError && t.Partitions.All(p => p.Leader >= 0)).Count();
                return ready == topics.All.Count;
            },
            TimeSpan.FromSeconds(60),
            () => $"only {ready} of {topics.All.Count} topics have leaders after creation",
            TimeSpan.FromMilliseconds(250));
    }

    private static void CreateTopics(string prefix, int partitions, string zookeeper, string? kafkaLibs)
    {
        var (exitCode, output) = RunCreateTopics(prefix, partitions, zookeeper, kafkaLibs);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"scripts/create-topics.sh failed (exit {exitCode}): {output}");
        }
    }

    /// <summary>Runs the operators' script against the local 0.9 broker's ZooKeeper; returns its exit code and output.</summary>
    public static (int ExitCode, string Output) RunCreateTopics(string prefix, int partitions) =>
        RunCreateTopics(prefix, partitions, $"127.0.0.1:{Environment.GetEnvironmentVariable("SF_ZK_PORT") ?? "22181"}", KafkaJars.LibsOrNull);

    /// <summary>The same against any ZooKeeper, with the Kafka jars of <paramref name="kafkaLibs"/> (null: the script's default).</summary>
    public static (int ExitCode, string Output) RunCreateTopics(string prefix, int partitions, string zookeeper, string? kafkaLibs)
    {
        List<string> args = [RepositoryPaths.Of("scripts", "create-topics.sh"), "--zookeeper", zookeeper, "--partitions", partitions.ToString(System.Globalization.CultureInfo.InvariantCulture), "--prefix", prefix];
        if (kafkaLibs is not null)
        {
            args.AddRange(["--kafka-libs", kafkaLibs]);
        }

        var run = Process.Start(new ProcessStartInfo("bash", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stderr = run.StandardError.ReadToEndAsync();
        var output = run.StandardOutput.ReadToEnd() + stderr.GetAwaiter().GetResult();
        run.WaitForExit();
        return (run.ExitCode, output);
    }
}

[CollectionDefinition(Name)]
public sealed class KafkaTestGroup : ICollectionFixture<KafkaFixture>
{
    public const string Name = "Kafka";
}
