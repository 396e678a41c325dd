using Microsoft.Extensions.Logging.Abstractions;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Formats.Core;
using SignauxFaibles.Ingest.Connector;
using SignauxFaibles.Ingest.Producing;
using SignauxFaibles.Ingest.Tests.Support;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>The connector against the real broker: accepted rows on their topic, malformed rows in the dead-letter topic with reasons.</summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public class ConnectorTests(KafkaFixture kafka)
{
    [Fact]
    public void Produce_CorruptedDebitFile_AcceptedToTopicRejectsToDeadLetterWithReasons()
    {
        var path = Path.Combine(Path.GetTempPath(), $"debit-{Guid.NewGuid():N}.csv");
        File.Copy(Conformance("parsing", "urssaf", "debitCorrompuTestData.csv"), path);
        try
        {
            var deadStart = kafka.EndOffsets(kafka.Topics.DeadLetter);
            var debitTopic = kafka.Topics.For(Domain.Events.EventSchemas.Debit);
            var sourceStart = kafka.EndOffsets(debitTopic);
            var connector = new PartnerFileConnector(kafka.Producer, new EventProducer(kafka.Producer, kafka.Topics), new DeadLetterProducer(kafka.Producer, kafka.Topics));
            var reader = PartnerReaders.ForFileName("debit.csv")!;

            var summary = connector.Produce(reader, path, new ReadOptions { DeliveredOn = new DateOnly(2024, 3, 20) }, null, CancellationToken.None);

            Assert.True(summary.Succeeded, summary.ToString());
            Assert.Equal(summary.Report.LinesAccepted, summary.EventsDelivered);
            Assert.Equal(summary.Report.LinesRejected, summary.DeadLettersDelivered);
            Assert.True(summary.Report.LinesRejected > 0);
            var letters = kafka.ReadDeadLetters(deadStart, l => l.Count(x => x.Source.File == path) >= summary.Report.LinesRejected, TimeSpan.FromSeconds(20))
                .Where(l => l.Source.File == path).ToList();
            Assert.Equal(summary.Report.RejectSamples.Select(s => (s.LineNumber, s.Rejects[0].Code)), letters.OrderBy(l => l.Source.Line).Select(l => (l.Source.Line ?? -1, l.Reason.Code)));
            Assert.All(letters, l => Assert.Equal("debit", l.Source.Format));
            Assert.All(letters, l => Assert.NotEqual(0, l.Payload.Length));

            var produced = ReadEvents(sourceStart, (int)summary.EventsDelivered);
            Assert.Equal((int)summary.EventsDelivered, produced.Count);
            Assert.All(produced, p => Assert.Equal(p.Key, p.Siren));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private List<(string Key, string Siren)> ReadEvents(IReadOnlyList<Confluent.Kafka.TopicPartitionOffset> from, int count)
    {
        using var reader = kafka.CreateReader();
        reader.Assign(from);
        var found = new List<(string, string)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (found.Count < count && clock.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (reader.Consume(TimeSpan.FromMilliseconds(200)) is { Message.Value: { } value } r)
            {
                Assert.True(EventJson.TryDeserialize(value, out var e, out var reject), reject?.ToString());
                found.Add((IngestDecoderKey(r.Message.Key), e!.Siren));
            }
        }

        return found;
    }

    private static string IngestDecoderKey(byte[]? key) => SignauxFaibles.Ingest.Consuming.IngestDecoder.KeyText(key) ?? "";

    private static string Conformance(params string[] parts) => RepositoryFiles.Conformance(parts);
}
