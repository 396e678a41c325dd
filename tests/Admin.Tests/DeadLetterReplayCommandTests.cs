using System.Text;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Admin.Tests;

/// <summary>
/// <c>sf-admin deadletter replay</c>, invoked in process through its parser, against the local broker: dead
/// letters written by the ingest's producer go back to their source topics with their key and payload, the
/// unreplayable ones are counted by cause, a dry run produces nothing, the reason filter holds and the
/// stored position keeps a second run from replaying again.
/// </summary>
[Trait("Category", "Kafka")]
public class DeadLetterReplayCommandTests
{
    [Fact]
    public async Task Replay_PutsTheOriginalsBackOnTheirTopics_SkipsWhatCannotBe_AndASecondRunReplaysNothing()
    {
        using var topics = ReplayTopics.Create(partitions: 2);
        var debit = topics.Topics.For(Domain.Events.EventSchemas.Debit);
        var effectif = topics.Topics.For(Domain.Events.EventSchemas.EffectifEtablissement);
        var applyFailed = Letter(RejectCode.ApplyFailed, debit, 10, "542107651", Encoding.UTF8.GetBytes("{\"schema\":\"urssaf.debit\",\"n\":1}"));
        var applyFailed2 = Letter(RejectCode.ApplyFailed, effectif, 11, "552100554", Encoding.UTF8.GetBytes("{\"schema\":\"urssaf.effectif\",\"n\":2}"));
        var notUtf8 = Letter(RejectCode.InvalidJson, debit, 12, "732829320", [0xff, 0xfe, 0x00, 0x7b]);
        var oversized = Letter(RejectCode.OversizedInput, debit, 13, "542107651", new byte[300 * 1024]);
        var foreign = Letter(RejectCode.ApplyFailed, "elsewhere.urssaf.debit", 14, "542107651", "{}"u8.ToArray());
        var fileLine = new DeadLetter([new Reject(RejectCode.InvalidDate, "date", "bad date")], DeadLetterSource.FileLine("debit", "/in/debit.csv", 7), null, "a;b;c"u8.ToArray());
        await topics.SendAsync(applyFailed, applyFailed2, notUtf8, oversized, foreign, fileLine);

        var (exit, output, error) = await RunAsync(topics, "--progress-seconds", "0.1");

        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        AssertOnTopic(topics, debit, applyFailed, notUtf8);
        AssertOnTopic(topics, effectif, applyFailed2);
        Assert.Contains("6 read, 3 replayed, 3 skipped, 0 filtered out", output, StringComparison.Ordinal);
        Assert.Contains($"replayed apply_failed {debit} 1", output, StringComparison.Ordinal);
        Assert.Contains($"replayed apply_failed {effectif} 1", output, StringComparison.Ordinal);
        Assert.Contains($"replayed invalid_json {debit} 1", output, StringComparison.Ordinal);
        Assert.Contains("skipped payload_truncated 1", output, StringComparison.Ordinal);
        Assert.Contains("skipped file_line 1", output, StringComparison.Ordinal);
        Assert.Contains("skipped foreign_topic 1", output, StringComparison.Ordinal);
        Assert.Contains("6/6 dead letters read (100.0 %)", error, StringComparison.Ordinal);

        // The group's position is stored: the same command again replays nothing.
        (exit, output, error) = await RunAsync(topics);
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("0 read, 0 replayed", output, StringComparison.Ordinal);
        AssertOnTopic(topics, debit, applyFailed, notUtf8);
        AssertOnTopic(topics, effectif, applyFailed2);

        // A dead letter arriving later is the only one the next run replays.
        var later = Letter(RejectCode.ApplyFailed, debit, 15, "552100554", "{\"n\":3}"u8.ToArray());
        await topics.SendAsync(later);
        (exit, output, error) = await RunAsync(topics);
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("1 read, 1 replayed", output, StringComparison.Ordinal);
        AssertOnTopic(topics, debit, applyFailed, notUtf8, later);
    }

    [Fact]
    public async Task DryRun_ProducesNothing_AndTheReasonFilterReplaysOnlyItsReason()
    {
        using var topics = ReplayTopics.Create(partitions: 1);
        var debit = topics.Topics.For(Domain.Events.EventSchemas.Debit);
        var applyFailed = Letter(RejectCode.ApplyFailed, debit, 3, "542107651", "{\"n\":1}"u8.ToArray());
        var keyMismatch = Letter(RejectCode.KeyMismatch, debit, 4, "552100554", "{\"n\":2}"u8.ToArray());
        await topics.SendAsync(applyFailed, keyMismatch);

        var (exit, output, error) = await RunAsync(topics, "--dry-run");
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("2 read, 2 would replay, 0 skipped", output, StringComparison.Ordinal);
        Assert.Contains($"would replay apply_failed {debit} 1", output, StringComparison.Ordinal);
        Assert.Contains($"would replay key_mismatch {debit} 1", output, StringComparison.Ordinal);
        Assert.Contains("2/2 dead letters read (100.0 %), 2 would replay, 0 skipped", error, StringComparison.Ordinal);
        Assert.Empty(topics.ReadAll(debit));

        (exit, output, error) = await RunAsync(topics, "--reason", "apply_failed");
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("2 read, 1 replayed, 0 skipped, 1 filtered out (group sf-admin-deadletter-replay.apply_failed)", output, StringComparison.Ordinal);
        AssertOnTopic(topics, debit, applyFailed);

        // The dry run stored nothing and the filtered run only its own group's position: the unfiltered run replays both.
        (exit, output, error) = await RunAsync(topics, "--reason", "apply_failed");
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("0 read", output, StringComparison.Ordinal);
        (exit, output, error) = await RunAsync(topics, "--reason", "key_mismatch");
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("2 read, 1 replayed", output, StringComparison.Ordinal);
        AssertOnTopic(topics, debit, applyFailed, keyMismatch);
    }

    [Fact]
    public async Task Since_ReplaysOnlyTheDeadLettersProducedFromThatTime()
    {
        using var topics = ReplayTopics.Create(partitions: 1);
        var debit = topics.Topics.For(Domain.Events.EventSchemas.Debit);
        var before = Letter(RejectCode.ApplyFailed, debit, 1, "542107651", "{\"n\":1}"u8.ToArray()) with { DeadLetteredAt = new DateTimeOffset(2026, 1, 31, 23, 59, 59, TimeSpan.Zero) };
        var after = Letter(RejectCode.ApplyFailed, debit, 2, "552100554", "{\"n\":2}"u8.ToArray()) with { DeadLetteredAt = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero) };
        var unstamped = Letter(RejectCode.ApplyFailed, debit, 3, "732829320", "{\"n\":3}"u8.ToArray());
        await topics.SendAsync(before, after);
        await topics.SendUnstampedAsync(unstamped);

        var (exit, output, error) = await RunAsync(topics, "--since", "2026-02-01");

        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("3 read, 1 replayed, 0 skipped, 0 filtered out, 2 before --since (group sf-admin-deadletter-replay.since-20260201T000000Z)", output, StringComparison.Ordinal);
        AssertOnTopic(topics, debit, after);

        // Without --since (its own default group), the producer's stamp does not matter: all three go back.
        (exit, output, error) = await RunAsync(topics);
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        AssertOnTopic(topics, debit, before, after, unstamped, after);
    }

    [Fact]
    public async Task MissingSourceTopic_FailsWithExit1_AndStoresNoPosition()
    {
        using var topics = ReplayTopics.Create(partitions: 1, deadLetterOnly: true);
        var debit = topics.Topics.For(Domain.Events.EventSchemas.Debit);
        await topics.SendAsync(Letter(RejectCode.ApplyFailed, debit, 1, "542107651", "{}"u8.ToArray()));

        var (exit, _, error) = await RunAsync(topics);
        Assert.True(exit == ExitCodes.ReplayFailed, $"exit {exit}: {error}");
        Assert.Contains($"source topic {debit} does not exist", error, StringComparison.Ordinal);

        // Nothing was stored: a dry run (same group) still finds the dead letter to replay.
        (exit, var output, error) = await RunAsync(topics, "--dry-run");
        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Contains("1 read, 1 would replay", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutABroker_ExitsWithBrokerUnavailable()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AdminCommands.RunAsync(["deadletter", "replay", "--environment", "Local", "--bootstrap", "127.0.0.1:1", "--topic-prefix", "dlr-nobroker."], output, error);

        Assert.True(exit == ExitCodes.BrokerUnavailable, $"exit {exit}: {error}");
        Assert.Contains("Nothing was replayed", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_ExitsWith130()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var ctrlC = new CancellationTokenSource();
        await ctrlC.CancelAsync();

        var exit = await AdminCommands.RunAsync(["deadletter", "replay", "--environment", "Local", "--bootstrap", "127.0.0.1:1", "--topic-prefix", "dlr-cancelled."], output, error, ctrlC.Token);

        Assert.True(exit == ExitCodes.Cancelled, $"exit {exit}: {error}");
    }

    [Theory]
    [InlineData("deadletter")]
    [InlineData("deadletter replay --reason no_such_reason")]
    [InlineData("deadletter replay --progress-seconds soon")]
    [InlineData("deadletter replay --since yesterday")]
    public async Task BadCommandLine_ExitsWithUsage(string commandLine)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await AdminCommands.RunAsync(commandLine.Split(' '), output, error));
    }

    private static DeadLetter Letter(RejectCode reason, string topic, long offset, string key, byte[] payload) =>
        new([new Reject(reason, "data", "test")], DeadLetterSource.KafkaMessage(topic, 0, offset), key, payload);

    private static void AssertOnTopic(ReplayTopics topics, string topic, params DeadLetter[] letters)
    {
        var onTopic = topics.ReadAll(topic);
        Assert.Equal(
            letters.Select(l => (l.Key, Convert.ToHexString(l.Payload.Span))).Order(),
            onTopic.Select(m => (m.Key, Convert.ToHexString(m.Value))).Order());
        Assert.All(onTopic.GroupBy(m => m.Key), byKey => Assert.Single(byKey.Select(m => m.Partition).Distinct()));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(ReplayTopics topics, params string[] options)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommands.RunAsync(
            ["deadletter", "replay", "--environment", "Local", "--bootstrap", topics.Options.BootstrapServers, "--topic-prefix", topics.Topics.Prefix, .. options],
            output,
            error);
        return (exit, output.ToString(), error.ToString());
    }
}
