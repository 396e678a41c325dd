using System.Diagnostics;
using Confluent.Kafka;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Support;
using Xunit.Abstractions;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// The whole corpus on the real broker: its partner files through the connector (rejected lines to the
/// dead-letter topic), its Kafka messages produced raw to their topics, then the ingest consuming all of
/// it. Every bad input is dead-lettered with its documented reason, the consumer never stops, every valid
/// record is applied (counted) and the committed offsets reach the end of every partition.
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public sealed class CorpusOnKafkaTests(KafkaFixture kafka, ITestOutputHelper output)
{
    private const string Prefix = "hbcorpus.";

    [Fact]
    public async Task Corpus_EveryBadInputDeadLetteredWithItsReason_EveryValidRecordApplied_NoConsumerStops()
    {
        var topics = kafka.EnsureTopics(Prefix, 1);
        var groupId = $"sf-test-corpus-{Guid.NewGuid():N}";
        var start = kafka.EndOffsets([.. topics.Sources]);
        kafka.CommitGroupOffsets(groupId, start);
        var deadStart = kafka.EndOffsets(topics.DeadLetter);
        var cases = CorpusManifest.Cases;

        // Partner files through the connector.
        var connector = new PartnerFileConnector(kafka.Producer, new EventProducer(kafka.Producer, topics), new DeadLetterProducer(kafka.Producer, topics));
        long fileEvents = 0, fileLinesAccepted = 0;
        foreach (var file in cases.Where(c => c.Source == "file").Select(c => c.File).Distinct())
        {
            var path = CorpusManifest.PathOf("file", file);
            var format = cases.First(c => c.File == file).Target;
            Assert.True(PartnerReaders.TryGet(format, out var reader));
            Encoding(path, out var encoding);
            var summary = connector.Produce(reader, path, new ReadOptions { DeliveredOn = new DateOnly(2019, 1, 21), DeliveredAt = TimeOnly.MinValue, Encoding = encoding }, null, CancellationToken.None);
            Assert.True(summary.Succeeded, summary.ToString());
            fileEvents += summary.EventsDelivered;
            fileLinesAccepted += summary.Report.LinesAccepted;
        }

        // Every valid line accepted (a line may give several events: a wide headcount row, one per month).
        Assert.Equal(cases.Count(c => c.Source == "file" && c.Expected == "accepted"), fileLinesAccepted);
        Assert.True(fileEvents >= fileLinesAccepted, $"{fileEvents} events for {fileLinesAccepted} accepted lines");

        // Kafka messages, raw, in the manifest's order (valid ones interleaved with the traps).
        var offsets = new Dictionary<(string Topic, long Offset), CorpusCase>();
        foreach (var c in cases.Where(c => c.Source == "kafka"))
        {
            var topic = topics.For(EventSchemas.All.Single(s => s.Name == c.Target));
            var result = await kafka.Producer.Producer.ProduceAsync(new TopicPartition(topic, 0), new Message<string, byte[]>
            {
                Key = c.Key.Length == 0 ? null! : c.Key,
                Value = File.ReadAllBytes(CorpusManifest.PathOf("kafka", c.File)),
            });
            offsets[(topic, result.Offset.Value)] = c;
        }

        var kafkaValid = cases.Count(c => c.Source == "kafka" && c.Expected == "accepted");
        var kafkaBad = cases.Count(c => c.Source == "kafka" && c.Expected != "accepted");
        var sink = new RecordingFirmSink();
        var settings = new Dictionary<string, string?> { ["Kafka:TopicPrefix"] = Prefix };
        await using (var ingest = await IngestHost.StartAsync(kafka, groupId, [.. EventSchemas.All.Select(s => s.Name)], sink, settings))
        {
            await Eventually.Until(
                () =>
                {
                    Assert.False(ingest.Service.ExecuteTask!.IsCompleted, "the consumer stopped");
                    return sink.Calls.Sum(x => x.Events.Count) >= fileEvents + kafkaValid && ingest.Service.Statistics.DeadLettered >= kafkaBad;
                },
                TimeSpan.FromMinutes(3),
                () => $"applied {sink.Calls.Sum(x => x.Events.Count)}/{fileEvents + kafkaValid}, dead-lettered {ingest.Service.Statistics.DeadLettered}/{kafkaBad}",
                TimeSpan.FromMilliseconds(50));

            Assert.False(ingest.Service.ExecuteTask!.IsCompleted, "the consumer stopped");
            Assert.Empty(ingest.Service.StalledPartitions);
            Assert.Equal(fileEvents + kafkaValid, sink.Calls.Sum(x => x.Events.Count));
            Assert.Equal(kafkaBad, ingest.Service.Statistics.DeadLettered);
        }

        // Every rejected line and message is in the dead-letter topic with a reason its case documents.
        // Known gap (docs/events.md): the demandes file's stray quote joins lines 6 and 7 into one rejected record.
        static bool KnownGap(CorpusCase c) => c.File == "apdemande.csv" && c.Line is 6 or 7;
        var expectedLetters = cases.Count(c => c.Expected is not ("accepted" or "skipped") && !(KnownGap(c) && c.Line == 6));
        var letters = kafka.ReadDeadLetters(deadStart, l => l.Count >= expectedLetters, TimeSpan.FromSeconds(60));
        var failures = new List<string>();
        foreach (var letter in letters)
        {
            var c = letter.Source.Kind == "kafka"
                ? offsets[(letter.Source.Topic!, letter.Source.Offset!.Value)]
                : cases.Single(x => x.Source == "file" && x.File == Path.GetFileName(letter.Source.File) && x.Line == letter.Source.Line);
            if (!KnownGap(c) && !letter.Rejects.Any(r => c.ExpectedReasons.Contains(r.CodeName)))
            {
                failures.Add($"{c.File}:{c.Line} {c.Case}: expected {c.Expected}, dead-lettered as {string.Join(" ", letter.Rejects)}");
            }
        }

        output.WriteLine($"files: {fileEvents} events applied; kafka: {kafkaValid} applied, {kafkaBad} dead-lettered; dead letters read: {letters.Count} of {expectedLetters}; consumer crashes: 0");
        Assert.Equal(expectedLetters, letters.Count);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        var committed = kafka.Committed(groupId, start.Select(s => s.TopicPartition));
        Assert.Equal(kafka.EndOffsets([.. topics.Sources]).OrderBy(o => o.Topic).Select(o => o.Offset.Value), committed.OrderBy(o => o.Topic).Select(o => o.Offset.Value));
    }

    private static void Encoding(string path, out System.Text.Encoding encoding)
    {
        using var stream = File.OpenRead(path);
        encoding = TextEncodings.Detect(stream).Encoding;
    }
}
