using Confluent.Kafka;
using CsCheck;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Tests.Consuming;

public class OffsetTrackerTests
{
    private static readonly TopicPartition P0 = new("sf.urssaf.debit", 0);
    private static readonly TopicPartition P1 = new("sf.urssaf.debit", 1);

    [Fact]
    public void Complete_OutOfOrder_WatermarkStopsAtFirstPending()
    {
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        var pending = Enumerable.Range(10, 5).Select(o => tracker.Register(P0, o)!.Value).ToList();

        tracker.Complete(pending[1]);
        tracker.Complete(pending[2]);
        Assert.Null(tracker.Watermark(P0));
        Assert.Empty(tracker.TakeAdvanced());

        tracker.Complete(pending[0]);
        Assert.Equal(13, tracker.Watermark(P0));
        Assert.Equal([new TopicPartitionOffset(P0, 13)], tracker.TakeAdvanced());
        Assert.Empty(tracker.TakeAdvanced());

        tracker.Complete(pending[4]);
        Assert.Equal(13, tracker.Watermark(P0));
        tracker.Complete(pending[3]);
        Assert.Equal(15, tracker.Watermark(P0));
        Assert.Equal(0, tracker.Pending);
    }

    [Fact]
    public void Complete_GapsInOffsets_WatermarkIsOnePastLastDone()
    {
        // Compacted topics and transaction markers leave holes: the watermark follows what was delivered.
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        var a = tracker.Register(P0, 3)!.Value;
        var b = tracker.Register(P0, 7)!.Value;
        tracker.Complete(b);
        Assert.Null(tracker.Watermark(P0));
        tracker.Complete(a);
        Assert.Equal(8, tracker.Watermark(P0));
    }

    [Fact]
    public void Complete_PartitionsAreIndependent()
    {
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        tracker.Assign(P1);
        var p0 = tracker.Register(P0, 0)!.Value;
        var p1 = tracker.Register(P1, 0)!.Value;
        tracker.Complete(p1);
        Assert.Null(tracker.Watermark(P0));
        Assert.Equal(1, tracker.Watermark(P1));
        Assert.Equal(1, tracker.Pending);
        tracker.Complete(p0);
        Assert.Equal(1, tracker.Watermark(P0));
    }

    [Fact]
    public void Complete_AfterRevokeAndReassign_StaleCompletionIsIgnored()
    {
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        var stale = tracker.Register(P0, 5)!.Value;
        Assert.Null(tracker.Remove(P0));

        tracker.Assign(P0);
        var fresh = tracker.Register(P0, 5)!.Value;
        tracker.Complete(stale);
        Assert.Null(tracker.Watermark(P0));
        tracker.Complete(fresh);
        Assert.Equal(6, tracker.Watermark(P0));
    }

    [Fact]
    public void Remove_ReturnsOffsetToCommit()
    {
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        var a = tracker.Register(P0, 0)!.Value;
        tracker.Register(P0, 1);
        tracker.Complete(a);
        Assert.Equal(new TopicPartitionOffset(P0, 1), tracker.Remove(P0));
        Assert.Null(tracker.Watermark(P0));
    }

    [Fact]
    public void Register_OffsetNotIncreasing_RefusedAndWatermarkUnchanged()
    {
        var tracker = new OffsetTracker();
        tracker.Assign(P0);
        var first = tracker.Register(P0, 4);
        Assert.Null(tracker.Register(P0, 4));
        Assert.Null(tracker.Register(P0, 3));
        tracker.Complete(first!.Value);
        Assert.Equal(5, tracker.Watermark(P0));
        Assert.Equal(0, tracker.Pending);
    }

    [Fact]
    public void Complete_AnyOrder_WatermarkIsOnePastLongestDonePrefix()
    {
        // Property: whatever the completion order, after each step the watermark equals one past the
        // longest prefix of registered offsets that are all done.
        Gen.Int[1, 300].SelectMany(n => Gen.Int[1, 4].Array[n].SelectMany(gaps => Gen.Shuffle(Enumerable.Range(0, n).ToArray()).Select(order => (gaps, order))))
            .Sample(t =>
            {
                var (gaps, order) = t;
                var offsets = new long[gaps.Length];
                long o = 100;
                for (var i = 0; i < gaps.Length; i++)
                {
                    o += gaps[i];
                    offsets[i] = o;
                }

                var tracker = new OffsetTracker();
                tracker.Assign(P0);
                var pending = offsets.Select(x => tracker.Register(P0, x)!.Value).ToArray();
                var done = new bool[offsets.Length];
                foreach (var index in order)
                {
                    tracker.Complete(pending[index]);
                    done[index] = true;
                    var prefix = 0;
                    while (prefix < done.Length && done[prefix])
                    {
                        prefix++;
                    }

                    long? expected = prefix == 0 ? null : offsets[prefix - 1] + 1;
                    if (tracker.Watermark(P0) != expected)
                    {
                        return false;
                    }
                }

                return tracker.Pending == 0;
            }, iter: 300);
    }
}
