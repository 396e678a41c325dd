using Confluent.Kafka;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Reads, on the consumer thread and at most every <c>interval</c>, each assigned partition's lag as the
/// client knows it without a broker round trip: the high watermark of the last fetch minus the consumer's
/// position (messages not yet taken by this silo; those taken and not yet applied are the difference with
/// the committed lag of <c>/health</c>). The gauges read the last sample from any thread.
/// </summary>
internal sealed class PartitionLagSampler(TimeSpan interval)
{
    private IReadOnlyList<PartitionLag> last = [];
    private int assigned;
    private long nextSample;

    /// <summary>The last sample; partitions with no fetch or no position yet are left out.</summary>
    public IReadOnlyList<PartitionLag> Last => Volatile.Read(ref last);

    /// <summary>Partitions assigned at the last sample.</summary>
    public int Assigned => Volatile.Read(ref assigned);

    public void Sample(IConsumer<byte[]?, byte[]?> consumer)
    {
        var now = Environment.TickCount64;
        if (now < nextSample)
        {
            return;
        }

        nextSample = now + (long)interval.TotalMilliseconds;
        var assignment = consumer.Assignment;
        var lags = new List<PartitionLag>(assignment.Count);
        foreach (var tp in assignment)
        {
            try
            {
                var marks = consumer.GetWatermarkOffsets(tp);
                var position = consumer.Position(tp);
                if (marks.High == Offset.Unset || position == Offset.Unset)
                {
                    continue;
                }

                lags.Add(new PartitionLag(tp.Topic, tp.Partition.Value, Math.Max(0, marks.High.Value - position.Value)));
            }
            catch (KafkaException)
            {
                // Revoked meanwhile: its new owner reports it.
            }
        }

        Volatile.Write(ref assigned, assignment.Count);
        Volatile.Write(ref last, lags);
    }
}
