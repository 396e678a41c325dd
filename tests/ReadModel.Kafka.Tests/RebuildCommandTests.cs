using SignauxFaibles.Admin;

namespace SignauxFaibles.ReadModel.Kafka.Tests;

/// <summary>
/// <c>sf-admin readmodel rebuild</c>, invoked in process through its parser, against the local broker and
/// PostgreSQL: the same rows as the continuous projection, progress on standard error, exit code 0, and
/// positions a continuous projection resumes from.
/// </summary>
[Trait("Category", "Kafka")]
[Trait("Category", "Postgres")]
public class RebuildCommandTests
{
    [Fact]
    public async Task Rebuild_GivesTheRowsOfTheContinuousProjection_AndAProjectionResumesAfterIt()
    {
        using var topic = ScoresTopic.Create(partitions: 2);
        await using var continuous = await TestStore.PostgresAsync();
        await using var rebuilt = await TestStore.PostgresAsync();
        var changes = ScoreChanges.Of(firms: 8, from: 0, to: 4).ToList();
        await topic.PublishAsync(changes);
        await using (var host = await ProjectionHost.StartAsync(continuous, topic))
        {
            await KafkaScoresProjectionTests.WaitUntilAllReadAsync(continuous, topic);
            var late = ScoreChanges.Change(ScoreChanges.Siren(3), 4, 3, new DateOnly(2026, 3, 20));
            await topic.PublishAsync([late]);
            changes.Add(late);
            await KafkaScoresProjectionTests.WaitUntilAllReadAsync(continuous, topic, changes);
        }

        // Rows from an earlier content, which the rebuild must clear.
        await rebuilt.Projector.ApplyAsync([ScoreChangeUpdates.ToUpdate(ScoreChanges.Change("999999999", 0, 1))], [], CancellationToken.None);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AdminCommands.RunAsync(
        [
            "readmodel", "rebuild", "--environment", "Local", "--provider", "Postgres", "--connection-string", rebuilt.ConnectionString,
            "--bootstrap", topic.Options.BootstrapServers, "--topic-prefix", topic.Prefix, "--batch-size", "5", "--progress-seconds", "0.1",
        ], output, error);

        Assert.True(exit == ExitCodes.Ok, $"exit {exit}: {error}");
        Assert.Equal(await continuous.SnapshotAsync(), await rebuilt.SnapshotAsync());
        Assert.Contains($"{changes.Count}/{changes.Count} messages (100.0 %)", error.ToString(), StringComparison.Ordinal);

        // A continuous projection started on the rebuilt store reads only what comes after.
        var next = ScoreChanges.Change(ScoreChanges.Siren(5), 5, 5, new DateOnly(2026, 3, 25));
        await topic.PublishAsync([next]);
        changes.Add(next);
        await using var resumed = await ProjectionHost.StartAsync(rebuilt, topic);
        await KafkaScoresProjectionTests.WaitUntilAllReadAsync(rebuilt, topic, changes);
        Assert.Equal(1, resumed.Metrics.Projected);
    }

    [Fact]
    public async Task Rebuild_WithoutABroker_ExitsWithBrokerUnavailable_AndClearsNothing()
    {
        await using var store = await TestStore.PostgresAsync();
        await store.Projector.ApplyAsync([ScoreChangeUpdates.ToUpdate(ScoreChanges.Change("999999999", 0, 1))], [], CancellationToken.None);
        var before = await store.SnapshotAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await AdminCommands.RunAsync(
        [
            "readmodel", "rebuild", "--environment", "Local", "--provider", "Postgres", "--connection-string", store.ConnectionString,
            "--bootstrap", "127.0.0.1:1", "--topic-prefix", "rmk-nobroker.",
        ], output, error);

        Assert.Equal(ExitCodes.BrokerUnavailable, exit);
        Assert.Contains("Nothing was cleared", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Fact]
    public async Task Rebuild_Cancelled_ExitsWith130_AndClearsNothing()
    {
        await using var store = await TestStore.PostgresAsync();
        await store.Projector.ApplyAsync([ScoreChangeUpdates.ToUpdate(ScoreChanges.Change("999999999", 0, 1))], [], CancellationToken.None);
        var before = await store.SnapshotAsync();
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var ctrlC = new CancellationTokenSource();
        await ctrlC.CancelAsync();

        var exit = await AdminCommands.RunAsync(
        [
            "readmodel", "rebuild", "--environment", "Local", "--provider", "Postgres", "--connection-string", store.ConnectionString,
            "--bootstrap", "127.0.0.1:1", "--topic-prefix", "rmk-cancelled.",
        ], output, error, ctrlC.Token);

        Assert.True(exit == ExitCodes.Cancelled, $"exit {exit}: {error}");
        Assert.Contains("cancelled", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, await store.SnapshotAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("readmodel")]
    [InlineData("readmodel rebuild --batch-size many")]
    [InlineData("migrate --no-such-option")]
    public async Task BadCommandLine_ExitsWithUsage(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Usage, await AdminCommands.RunAsync(args, output, error));
        Assert.Contains("usage: sf-admin", error.ToString(), StringComparison.Ordinal);
    }
}
