using Confluent.Kafka;
using Microsoft.Extensions.Time.Testing;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Tests.Consuming;

/// <summary>A partition whose oldest pending message is not done for a while "cannot advance"; progress or idleness clears it.</summary>
public class StalledPartitionTests
{
    private static readonly TopicPartition P0 = new("sf.urssaf.debit", 0);
    private static readonly TopicPartition P1 = new("sf.urssaf.debit", 1);
    private static readonly TimeSpan After = TimeSpan.FromMinutes(2);

    [Fact]
    public void PendingMessageNotDone_ForStallAfter_IsStalledUntilItCompletes()
    {
        var time = new FakeTimeProvider();
        var tracker = new OffsetTracker(time);
        tracker.Assign(P0);
        tracker.Assign(P1);
        var stuck = tracker.Register(P0, 10)!.Value;
        var behind = tracker.Register(P0, 11)!.Value;
        var other = tracker.Register(P1, 5)!.Value;
        tracker.Complete(behind);
        tracker.Complete(other);

        time.Advance(After - TimeSpan.FromSeconds(1));
        Assert.Empty(tracker.Stalled(After));

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([P0], tracker.Stalled(After));

        tracker.Complete(stuck);
        Assert.Empty(tracker.Stalled(After));
        Assert.Equal(12, tracker.Watermark(P0));
    }

    [Fact]
    public void IdlePartition_NeverStalls_AndNewWorkAfterIdlenessStartsAFreshClock()
    {
        var time = new FakeTimeProvider();
        var tracker = new OffsetTracker(time);
        tracker.Assign(P0);
        tracker.Complete(tracker.Register(P0, 1)!.Value);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Empty(tracker.Stalled(After));

        var next = tracker.Register(P0, 2)!.Value;
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(tracker.Stalled(After));
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([P0], tracker.Stalled(After));
        tracker.Complete(next);
        Assert.Empty(tracker.Stalled(After));
    }

    [Fact]
    public void SteadyProgress_BehindALongBacklog_IsNotAStall()
    {
        var time = new FakeTimeProvider();
        var tracker = new OffsetTracker(time);
        tracker.Assign(P0);
        var pending = Enumerable.Range(0, 100).Select(o => tracker.Register(P0, o)!.Value).ToList();
        foreach (var p in pending.Take(99))
        {
            time.Advance(TimeSpan.FromSeconds(30));
            tracker.Complete(p);
            Assert.Empty(tracker.Stalled(After));
        }
    }
}
