using System.Diagnostics;
using Confluent.Kafka;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.Tests.Support;
using SignauxFaibles.TestSupport;

namespace SignauxFaibles.Ingest.Tests.Kafka;

/// <summary>
/// Hand-written messages produced by an independent client (kcat, from Debian) reach the real ingest:
/// the valid one is applied, each bad one lands in the dead-letter topic with its reason, and the group's
/// committed offsets end past all of them (a poison message does not stop consumption).
/// </summary>
[Collection(KafkaTestGroup.Name)]
[Trait("Category", "Kafka")]
public class KcatProducerTests(KafkaFixture kafka)
{
    [Fact]
    public async Task Ingest_HandWrittenMessagesFromKcat_ValidAppliedOthersDeadLettered()
    {
        var run = Random.Shared.Next(1, 80_000_000);
        string siren = TestEvents.SirenOf(run), other = TestEvents.SirenOf(run + 1);
        var topic = kafka.Topics.For(Domain.Events.EventSchemas.Debit);
        var groupId = $"sf-test-kcat-{run}";
        var sourceStart = kafka.EndOffsets(topic);
        var deadStart = kafka.EndOffsets(kafka.Topics.DeadLetter);
        kafka.CommitGroupOffsets(groupId, sourceStart);

        var sink = new RecordingFirmSink();
        await using var ingest = await IngestHost.StartAsync(kafka, groupId, ["urssaf.debit"], sink);

        var valid = EventJson.SerializeToString(TestEvents.Debit(siren));
        string[] lines =
        [
            $"{siren}|{{\"schema\":\"urssaf.debit\",\"version\":1,\"data\":{{\"siren\":\"{siren}\"",          // truncated JSON
            $"{siren}|{{\"schema\":\"urssaf.nonexistent\",\"version\":1,\"data\":{{\"siren\":\"{siren}\"}}}}",  // unknown schema
            $"{other}|{valid}",                                                                                // key is another firm
            $"{siren}|{valid}",                                                                                // valid
        ];
        Kcat(["-P", "-t", topic, "-K", "|", "-X", "topic.partitioner=murmur2_random"], lines);

        var letters = kafka.ReadDeadLetters(deadStart, l => l.Count(x => x.Payload.Span.IndexOf(System.Text.Encoding.UTF8.GetBytes(siren)) >= 0) >= 3, TimeSpan.FromSeconds(30))
            .Where(l => l.Payload.Span.IndexOf(System.Text.Encoding.UTF8.GetBytes(siren)) >= 0)
            .ToList();
        await Eventually.Until(() => !sink.Calls.IsEmpty, TimeSpan.FromSeconds(20), () => "the valid message was not applied", TimeSpan.FromMilliseconds(50));

        var (appliedSiren, events) = Assert.Single(sink.Calls);
        Assert.Equal(siren, appliedSiren);
        Assert.Equal(TestEvents.Debit(siren), Assert.Single(events).Event);
        Assert.Equal(
            [RejectCode.InvalidJson, RejectCode.UnknownSchema, RejectCode.KeyMismatch],
            letters.Select(l => l.Reason.Code).Order());
        Assert.All(letters, l => Assert.Equal(topic, l.Source.Topic));
        Assert.Equal(other, letters.Single(l => l.Reason.Code == RejectCode.KeyMismatch).Key);

        // Shutdown commits: the group resumes after the four messages, not before any of them.
        await ingest.StopAsync();
        var end = kafka.EndOffsets(topic);
        var committed = kafka.Committed(groupId, end.Select(e => e.TopicPartition));
        Assert.Equal(4, end.Select(e => e.Offset.Value).Sum() - sourceStart.Select(s => s.Offset.Value).Sum());
        Assert.Equal(end.OrderBy(e => e.Partition.Value).Select(e => e.Offset.Value), committed.OrderBy(c => c.Partition.Value).Select(c => c.Offset.Value));
    }

    private void Kcat(string[] args, string[] lines)
    {
        var start = new ProcessStartInfo("kcat") { RedirectStandardInput = true, RedirectStandardError = true };
        foreach (var a in kafka.KcatArguments().Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("kcat did not start (scripts/services.sh installs it)");
        foreach (var line in lines)
        {
            process.StandardInput.WriteLine(line);
        }

        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"kcat failed: {stderr}");
    }
}
