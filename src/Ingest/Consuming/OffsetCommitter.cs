using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Logging;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Moves the group's offsets, never past a message whose call has not durably applied: the consumer thread
/// stores each partition's contiguous watermark (<see cref="OffsetTracker.TakeAdvanced"/>) and the client
/// commits stored offsets in the background; revoked partitions and shutdown commit explicitly.
/// </summary>
internal sealed partial class OffsetCommitter(OffsetTracker tracker, ILogger logger)
{
    /// <summary>Stores the watermarks that moved since the last call.</summary>
    public void StoreAdvanced(IConsumer<byte[]?, byte[]?> consumer)
    {
        foreach (var offset in tracker.TakeAdvanced())
        {
            try
            {
                consumer.StoreOffset(offset);
            }
            catch (KafkaException ex) when (ex.Error.Code == ErrorCode.Local_State)
            {
                // The partition was revoked meanwhile; its new owner resumes from the last commit.
            }
        }
    }

    /// <summary>Commits <paramref name="offsets"/> now (partitions being revoked); a failure is logged.</summary>
    public void Commit(IConsumer<byte[]?, byte[]?> consumer, List<TopicPartitionOffset> offsets)
    {
        if (offsets.Count == 0)
        {
            return;
        }

        try
        {
            consumer.Commit(offsets);
        }
        catch (KafkaException ex)
        {
            LogCommitFailed(logger, ex.Error.Code, ex.Error.Reason);
        }
    }

    /// <summary>At shutdown: commits the stored offsets, then leaves the group (which revokes, hence commits again).</summary>
    public void CommitAndLeave(IConsumer<byte[]?, byte[]?> consumer)
    {
        try
        {
            consumer.Commit();
        }
        catch (KafkaException ex) when (ex.Error.Code is ErrorCode.Local_NoOffset)
        {
        }
        catch (KafkaException ex)
        {
            LogCommitFailed(logger, ex.Error.Code, ex.Error.Reason);
        }

        try
        {
            // Leaves the group now (revoking, hence committing again) instead of after the session timeout.
            consumer.Close();
        }
        catch (KafkaException ex)
        {
            LogCommitFailed(logger, ex.Error.Code, ex.Error.Reason);
        }
    }

    [LoggerMessage(EventId = 5210, Level = LogLevel.Warning, Message = "Offset commit failed {Code}: {Reason}")]
    private static partial void LogCommitFailed(ILogger logger, ErrorCode code, string reason);
}
