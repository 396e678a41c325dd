using System.Text.Json;
using System.Text.Json.Serialization;

namespace SignauxFaibles.Domain.Time;

/// <summary>Reads and writes <see cref="Month"/> as <c>"yyyy-MM"</c>.</summary>
public sealed class MonthJsonConverter : JsonConverter<Month>
{
    public override Month Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("a month must be a string \"yyyy-MM\"");
        }

        var text = reader.GetString();
        return Month.TryParse(text, out var m) ? m : throw new JsonException($"'{text}' is not a month (yyyy-MM)");
    }

    public override void Write(Utf8JsonWriter writer, Month value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
