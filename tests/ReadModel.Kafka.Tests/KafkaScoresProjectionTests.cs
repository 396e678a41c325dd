using System.Text;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.ReadModel.Kafka.Tests;

/// <summary>
/// The continuous projection against the local broker and PostgreSQL: what it holds equals the projector
/// applied directly to the same changes; a restart neither loses nor re-applies; a malformed message is
/// skipped. Each test has its own topic prefix and database.
/// </summary>
[Trait("Category", "Kafka")]
[Trait("Category", "Postgres")]
public class KafkaScoresProjectionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Projection_HoldsWhatTheProjectorAppliedDirectlyWould_AndClosesTheDueLists()
    {
        using var topic = ScoresTopic.Create(partitions: 2);
        await using var store = await TestStore.PostgresAsync();
        var changes = ScoreChanges.Of(firms: 6, from: 0, to: 4).ToList();
        await topic.PublishAsync(changes);

        await using var host = await ProjectionHost.StartAsync(store, topic);
        await WaitUntilAllReadAsync(store, topic);

        // A delivery well past two cut-offs: the lists of February and March become due and close.
        var late = ScoreChanges.Change(ScoreChanges.Siren(0), 4, 0, new DateOnly(2026, 3, 20));
        await topic.PublishAsync([late]);
        changes.Add(late);
        var expected = await WaitUntilAllReadAsync(store, topic, changes);

        Assert.Contains("list 2026-02-01 closed=True", expected, StringComparison.Ordinal);
        Assert.Contains("list 2026-03-01 closed=True", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await store.SnapshotAsync());
        Assert.Equal(changes.Count, host.Metrics.Projected);
        Assert.Equal(0, host.Metrics.Malformed);
    }

    [Fact]
    public async Task Restart_ResumesAtTheStoredPositions_NoLossNoDuplicate()
    {
        using var topic = ScoresTopic.Create(partitions: 2);
        await using var store = await TestStore.PostgresAsync();
        var first = ScoreChanges.Of(firms: 5, from: 0, to: 3);
        await topic.PublishAsync(first);
        await using (var host = await ProjectionHost.StartAsync(store, topic))
        {
            await WaitUntilAllReadAsync(store, topic, first);
            Assert.Equal(first.Count, host.Metrics.Projected);
        }

        // Produced while the projection is stopped.
        var second = ScoreChanges.Of(firms: 5, from: 3, to: 6);
        await topic.PublishAsync(second);
        await using (var host = await ProjectionHost.StartAsync(store, topic))
        {
            var expected = await WaitUntilAllReadAsync(store, topic, [.. first, .. second]);
            Assert.Equal(expected, await store.SnapshotAsync());

            // The restarted projection read only what was produced after the stop: nothing twice, nothing skipped.
            Assert.Equal(second.Count, host.Metrics.Projected);
        }
    }

    [Theory]
    [InlineData(ReadModelProvider.Postgres)]
    [InlineData(ReadModelProvider.Sqlite)]
    public async Task MalformedMessage_IsSkippedAndCounted_TheNextOnesApplied(ReadModelProvider provider)
    {
        using var topic = ScoresTopic.Create(partitions: 1);
        await using var store = provider == ReadModelProvider.Postgres ? await TestStore.PostgresAsync() : await TestStore.SqliteAsync();
        var before = ScoreChanges.Of(firms: 2, from: 0, to: 2);
        var after = ScoreChanges.Of(firms: 2, from: 2, to: 4);
        await topic.PublishAsync(before);
        await topic.PublishRawAsync(ScoreChanges.Siren(0), Encoding.UTF8.GetBytes("{\"id\": \"not a score change\""));
        await topic.PublishRawAsync(ScoreChanges.Siren(1), Encoding.UTF8.GetBytes("{\"siren\": \"123\"}"));
        await topic.PublishAsync(after);

        await using var host = await ProjectionHost.StartAsync(store, topic);
        var expected = await WaitUntilAllReadAsync(store, topic, [.. before, .. after]);

        Assert.Equal(expected, await store.SnapshotAsync());
        Assert.Equal(2, host.Metrics.Malformed);
        Assert.Equal(before.Count + after.Count + 2, host.Metrics.Projected);
    }

    /// <summary>Waits until the store's positions reach the topic's end; with <paramref name="changes"/>, until the store also equals the expected content, which it returns.</summary>
    internal static async Task<string> WaitUntilAllReadAsync(TestStore store, ScoresTopic topic, IReadOnlyList<ScoreChange>? changes = null)
    {
        var ends = topic.Ends();
        IReadOnlyList<ProjectionPosition> positions = [];
        await Eventually.Until(
            async () => (positions = await store.Projector.PositionsAsync(CancellationToken.None)).OrderBy(p => p.Partition).SequenceEqual(ends),
            Patience,
            () => $"positions {string.Join(", ", positions)}, topic ends {string.Join(", ", ends)}");
        if (changes is null)
        {
            return "";
        }

        var expected = await TestStore.ExpectedAsync(changes, ends);
        var actual = "";
        await Eventually.Until(
            async () => (actual = await store.SnapshotAsync()) == expected,
            Patience,
            () => $"the store differs from the projector applied directly:\nexpected\n{expected}\nactual\n{actual}");
        return expected;
    }
}
