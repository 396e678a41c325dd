using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignauxFaibles.Domain.Time;

/// <summary>Reads and writes <see cref="Month"/> as <c>"yyyy-MM"</c>, without allocating (hot path of every event).</summary>
public sealed class MonthJsonConverter : JsonConverter<Month>
{
    public override Month Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a month must be a string \"yyyy-MM\"");
        }

        var span = reader.HasValueSequence ? BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
        if (span.Length == 7 && span[4] == (byte)'-'
            && Utf8Parser.TryParse(span[..4], out int year, out var yLen) && yLen == 4
            && Utf8Parser.TryParse(span[5..], out int month, out var mLen) && mLen == 2
            && month is >= 1 and <= 12)
        {
            return Month.Of(year, month);
        }

        throw new JsonException($"'{reader.GetString()}' is not a month (yyyy-MM)");
    }

    public override void Write(Utf8JsonWriter writer, Month value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[7];
        var year = value.Year;
        var month = value.MonthOfYear;
        buffer[0] = (byte)('0' + year / 1000 % 10);
        buffer[1] = (byte)('0' + year / 100 % 10);
        buffer[2] = (byte)('0' + year / 10 % 10);
        buffer[3] = (byte)('0' + year % 10);
        buffer[4] = (byte)'-';
        buffer[5] = (byte)('0' + month / 10);
        buffer[6] = (byte)('0' + month % 10);
        writer.WriteStringValue(buffer);
    }
}
