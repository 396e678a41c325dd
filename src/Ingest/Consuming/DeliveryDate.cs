using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>
/// Reads the delivery date of a raw event message (<c>data.deliveredOn</c> of the envelope, docs/events.md)
/// without decoding the event: the consumer orders its partitions on it before anything is decoded.
/// </summary>
public static class DeliveryDate
{
    private const int MaxDepth = 8;
    private const int DateLength = 10;

    /// <summary>The message's delivery date, or null when the body is absent, not JSON or has none (it is then dead-lettered by the decoder, in any order).</summary>
    public static DateOnly? Read(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var data = reader.ValueTextEquals("data"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (data)
                {
                    return reader.TokenType == JsonTokenType.StartObject ? InData(ref reader) : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static DateOnly? InData(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var delivered = reader.ValueTextEquals("deliveredOn"u8);
            if (!reader.Read())
            {
                return null;
            }

            if (!delivered)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length != DateLength)
            {
                return null;
            }

            Span<char> text = stackalloc char[DateLength];
            Encoding.UTF8.GetChars(reader.ValueSpan, text);
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        }

        return null;
    }
}
