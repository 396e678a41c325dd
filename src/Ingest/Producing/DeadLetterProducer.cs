using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using SignauxFaibles.Ingest.DeadLetters;
using SignauxFaibles.Ingest.Topics;

namespace SignauxFaibles.Ingest.Producing;

/// <summary>
/// Produces dead letters to the dead-letter topic, keyed by their deterministic id. A dead letter is bounded
/// (<see cref="DeadLetterLimits"/>); should a broker with a smaller message limit still refuse one
/// (<c>MsgSizeTooLarge</c>), its minimal form (payload beginning, size and hash) is produced instead, so
/// that a rejected input never blocks its partition. Each dead letter is stamped with the time it is produced
/// (<see cref="DeadLetter.DeadLetteredAt"/>, kept when already set), what <c>sf-admin deadletter replay --since</c> reads.
/// </summary>
public sealed class DeadLetterProducer(KafkaProducerHandle handle, TopicNames topics, TimeProvider? time = null) : IDeadLetterSink
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public static Message<string, byte[]> ToMessage(DeadLetter letter) => new() { Key = letter.Id, Value = DeadLetterJson.Serialize(letter) };

    public static Message<string, byte[]> ToMinimalMessage(DeadLetter letter) => new() { Key = letter.Id, Value = DeadLetterJson.SerializeMinimal(letter) };

    public void Produce(DeadLetter letter, Action<DeliveryReport<string, byte[]>> onDelivered, CancellationToken cancellationToken)
    {
        letter = Stamped(letter);
        void Delivered(DeliveryReport<string, byte[]> report)
        {
            if (report.Error.Code == ErrorCode.MsgSizeTooLarge)
            {
                handle.Produce(topics.DeadLetter, ToMinimalMessage(letter), onDelivered, cancellationToken);
            }
            else
            {
                onDelivered(report);
            }
        }

        try
        {
            handle.Produce(topics.DeadLetter, ToMessage(letter), Delivered, cancellationToken);
        }
        catch (ProduceException<string, byte[]> ex) when (ex.Error.Code == ErrorCode.MsgSizeTooLarge)
        {
            handle.Produce(topics.DeadLetter, ToMinimalMessage(letter), onDelivered, cancellationToken);
        }
    }

    public async Task SendAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        letter = Stamped(letter);
        try
        {
            await handle.Producer.ProduceAsync(topics.DeadLetter, ToMessage(letter), cancellationToken).ConfigureAwait(false);
        }
        catch (ProduceException<string, byte[]> ex) when (ex.Error.Code == ErrorCode.MsgSizeTooLarge)
        {
            await handle.Producer.ProduceAsync(topics.DeadLetter, ToMinimalMessage(letter), cancellationToken).ConfigureAwait(false);
        }
    }

    private DeadLetter Stamped(DeadLetter letter) => letter.DeadLetteredAt is null ? letter with { DeadLetteredAt = clock.GetUtcNow() } : letter;
}
