using Microsoft.Extensions.Logging;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.DeadLetters;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Sorts a poll batch out: registers every offset with the tracker, decodes and validates each message,
/// groups the valid events by SIREN (events in partition order) and turns the invalid ones into dead
/// letters. A message whose offset is not after the last one taken from its partition is skipped.
/// </summary>
internal sealed partial class BatchSorter(OffsetTracker tracker, ValidationOptions validation, ILogger logger)
{
    // Messages decoded per pool work item: enough to amortise the hand-off, few enough to spread a batch.
    private const int DecodeSlice = 128;

    public SortedBatch Sort(IReadOnlyList<IngestMessage> batch)
    {
        var pending = new PendingOffset?[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var message = batch[i];
            if ((pending[i] = tracker.Register(message.TopicPartition, message.Offset)) is null)
            {
                LogOutOfOrder(logger, message.TopicPartition.Topic, message.TopicPartition.Partition.Value, message.Offset);
            }
        }

        // Decoding is most of the consumer thread's own work and messages are independent: spread it over
        // the pool in slices, keeping each result at its message's index so grouping stays in offset order.
        var decoded = new Decoded[batch.Count];
        if (batch.Count >= 2 * DecodeSlice)
        {
            Parallel.For(0, (batch.Count + DecodeSlice - 1) / DecodeSlice, slice =>
            {
                for (int i = slice * DecodeSlice, end = Math.Min(batch.Count, i + DecodeSlice); i < end; i++)
                {
                    decoded[i] = Decode(batch[i], pending[i]);
                }
            });
        }
        else
        {
            for (var i = 0; i < batch.Count; i++)
            {
                decoded[i] = Decode(batch[i], pending[i]);
            }
        }

        var groups = new Dictionary<string, FirmGroup>(StringComparer.Ordinal);
        List<RejectedMessage>? rejected = null;
        for (var i = 0; i < batch.Count; i++)
        {
            if (pending[i] is not { } offset)
            {
                continue;
            }

            if (decoded[i].Event is { } sourced)
            {
                var siren = sourced.Event.Siren;
                if (!groups.TryGetValue(siren, out var group))
                {
                    groups[siren] = group = new FirmGroup(siren);
                }

                group.Add(sourced, offset, batch[i].TraceContext);
            }
            else
            {
                var message = batch[i];
                var source = DeadLetterSource.KafkaMessage(message.TopicPartition.Topic, message.TopicPartition.Partition.Value, message.Offset);
                var letter = new DeadLetter(decoded[i].Rejects!, source, IngestDecoder.KeyText(message.Key), message.Value ?? []);
                (rejected ??= []).Add(new RejectedMessage(letter, offset));
            }
        }

        return new SortedBatch(groups.Values, rejected);
    }

    private Decoded Decode(IngestMessage message, PendingOffset? pending)
    {
        if (pending is null)
        {
            return default;
        }

        return IngestDecoder.TryDecode(message, validation, out var sourced, out var rejects) ? new Decoded(sourced, null) : new Decoded(null, rejects);
    }

    private readonly record struct Decoded(SourcedEvent? Event, IReadOnlyList<Reject>? Rejects);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Skipped {Topic}/{Partition}@{Offset}: not after the last offset taken from that partition")]
    private static partial void LogOutOfOrder(ILogger logger, string topic, int partition, long offset);
}
