using System.Text;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Validation;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Turns a raw message into a validated event, or into the reasons it must go to the dead-letter topic:
/// a body that is not the JSON envelope (<c>invalid_json</c>), an unknown schema or version, a key that is
/// not the event's SIREN (<c>key_mismatch</c>), a body too large to be an event (<c>oversized_input</c>), or any rule of <see cref="EventValidator"/>. Never throws.
/// </summary>
public static class IngestDecoder
{
    public static bool TryDecode(IngestMessage message, ValidationOptions validation, out SourcedEvent? sourced, out IReadOnlyList<Reject> rejects)
    {
        sourced = null;
        if (message.Value is not { Length: > 0 } value)
        {
            rejects = [new Reject(RejectCode.InvalidJson, "body", "the message has no body")];
            return false;
        }

        if (value.Length > validation.MaxInputBytes)
        {
            rejects = [new Reject(RejectCode.OversizedInput, "body", $"{value.Length} bytes, more than the {validation.MaxInputBytes} any valid event fits in")];
            return false;
        }

        if (!EventJson.TryDeserialize(value, out var e, out var reject))
        {
            rejects = [reject ?? new Reject(RejectCode.InvalidJson, "body", "undecodable body")];
            return false;
        }

        var key = KeyText(message.Key);
        if (key != e!.Siren)
        {
            rejects = [new Reject(RejectCode.KeyMismatch, "key", key is null ? $"the message has no usable key (expected the SIREN '{e.Siren}')" : $"key '{key}' is not the event's SIREN '{e.Siren}'")];
            return false;
        }

        rejects = EventValidator.Validate(e, validation);
        if (rejects.Count > 0)
        {
            return false;
        }

        sourced = new SourcedEvent(new SourcePosition(message.TopicPartition.Topic, message.TopicPartition.Partition.Value, message.Offset), e);
        return true;
    }

    /// <summary>The key as text, or null when absent or not UTF-8.</summary>
    public static string? KeyText(byte[]? key) =>
        key is null || !System.Text.Unicode.Utf8.IsValid(key) ? null : Encoding.UTF8.GetString(key);
}
