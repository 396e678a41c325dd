using SignauxFaibles.Domain.Time;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Kafka;
using SignauxFaibles.Ingest.Topics;
using SignauxFaibles.Simulator;

namespace SignauxFaibles.Cluster.Tests;

/// <summary>
/// A small simulated history (partner files in delivery order, in a temporary folder deleted on dispose)
/// and the firms it names; produced to Kafka through the connector, whole or a slice of the deliveries at a time.
/// </summary>
internal sealed class SimulatedStream : IDisposable
{
    private readonly string _directory;

    private SimulatedStream(string directory, IReadOnlyList<ConnectorFile> files, SortedSet<string> sirens)
    {
        _directory = directory;
        Files = files;
        Sirens = sirens;
    }

    /// <summary>The partner files, in delivery order.</summary>
    public IReadOnlyList<ConnectorFile> Files { get; }

    /// <summary>The last delivery date.</summary>
    public DateOnly LastDelivery => Files.Max(f => f.DeliveredOn ?? DateOnly.MinValue);

    /// <summary>The first delivery date.</summary>
    public DateOnly FirstDelivery => Files.Min(f => f.DeliveredOn ?? DateOnly.MinValue);

    /// <summary>Every SIREN the files hold an event for.</summary>
    public SortedSet<string> Sirens { get; }

    /// <summary>Simulates <paramref name="firms"/> firms over <paramref name="months"/> months from <paramref name="start"/> (the simulator's default start when null).</summary>
    public static SimulatedStream Create(string name, ulong seed, int firms = 100, int months = 24, Month? start = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"sf-{name}-{Guid.NewGuid():N}");
        var options = new SimulationOptions { Seed = seed, Firms = firms, Months = months, OutputDirectory = directory, WriteHazards = false, Parallelism = 1 };
        Simulation.Run(start is { } s ? options with { Start = s } : options);
        var files = SimulatorOutput.Files(directory, preferEvents: false, out var problems);
        Assert.Empty(problems);
        return new SimulatedStream(directory, files, ReadSirens(files));
    }

    /// <summary>
    /// The deliveries cut into <paramref name="count"/> consecutive slices of about the same number of files,
    /// each cut between two delivery dates: a slice holds whole deliveries, so a firm never sees one source of a
    /// day without the others of that day (which would score it on half a delivery, unlike the reference run
    /// that finds every file there and aligns the sources by delivery date).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ConnectorFile>> Slices(int count)
    {
        var slices = new List<IReadOnlyList<ConnectorFile>>();
        var from = 0;
        for (var i = 1; i <= count; i++)
        {
            var to = i == count ? Files.Count : Math.Max(from, i * Files.Count / count);
            while (to > 0 && to < Files.Count && Files[to].DeliveredOn == Files[to - 1].DeliveredOn)
            {
                to++;
            }

            slices.Add(Files.Skip(from).Take(to - from).ToList());
            from = to;
        }

        Assert.All(slices, s => Assert.NotEmpty(s));
        return slices;
    }

    /// <summary>Produces <paramref name="files"/> (all of them by default) to <paramref name="topics"/>; returns the events delivered. Fails on any reject.</summary>
    public static long Produce(KafkaFixture kafka, TopicNames topics, IEnumerable<ConnectorFile> files)
    {
        var connector = new PartnerFileConnector(kafka.Producer, new EventProducer(kafka.Producer, topics), new DeadLetterProducer(kafka.Producer, topics));
        long delivered = 0;
        foreach (var file in files)
        {
            var summary = connector.Produce(file.Reader, file.Path, Options(file), null, CancellationToken.None);
            Assert.True(summary.Succeeded, summary.ToString());
            Assert.Equal(0L, summary.DeadLettersDelivered);
            delivered += summary.EventsDelivered;
        }

        return delivered;
    }

    public long Produce(KafkaFixture kafka, TopicNames topics) => Produce(kafka, topics, Files);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static ReadOptions Options(ConnectorFile file) => new() { DeliveredOn = file.DeliveredOn ?? new DateOnly(2024, 1, 1) };

    private static SortedSet<string> ReadSirens(IReadOnlyList<ConnectorFile> files)
    {
        var sirens = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file.Path);
            var report = new FileReport(file.Reader.Format, file.Path);
            foreach (var row in file.Reader.Read(stream, Options(file), report).Where(r => r.Event is not null))
            {
                sirens.Add(row.Event!.Siren);
            }
        }

        return sirens;
    }
}
