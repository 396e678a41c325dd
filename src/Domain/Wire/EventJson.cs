using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Domain.Wire;

/// <summary>
/// The one JSON wire format of events: <c>{"schema":"urssaf.debit","version":1,"data":{...}}</c>.
/// Schema name and version live in the body, not in transport headers, so any consumer (or a human with
/// <c>kcat</c>) can tell what a message is. Decoding never throws on bad input: it returns a typed reject.
/// </summary>
public static class EventJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public static byte[] Serialize(FirmEvent e) => JsonBytes.Write(e, static (writer, e) => WriteDocument(writer, e));

    public static string SerializeToString(FirmEvent e) => System.Text.Encoding.UTF8.GetString(Serialize(e));

    public static void Write(IBufferWriter<byte> output, FirmEvent e)
    {
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        WriteDocument(writer, e);
    }

    private static void WriteDocument(Utf8JsonWriter writer, FirmEvent e)
    {
        var schema = EventSchemas.Of(e);
        writer.WriteStartObject();
        writer.WriteString("schema"u8, schema.Name);
        writer.WriteNumber("version"u8, schema.Version);
        writer.WritePropertyName("data"u8);
        JsonSerializer.Serialize(writer, e, TypeInfo(schema.ClrType));
        writer.WriteEndObject();
    }

    /// <summary>Decodes a message body. On failure <paramref name="reject"/> says why and the event is null.</summary>
    public static bool TryDeserialize(ReadOnlySpan<byte> utf8, out FirmEvent? e, out Reject? reject)
    {
        e = null;
        reject = null;
        try
        {
            // Fast path: the body starts with schema and version, as Write produces it.
            var reader = new Utf8JsonReader(utf8);
            if (TryReadHeader(ref reader, out var schemaName, out var version) && reader.Read()
                && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("data"u8))
            {
                if (!Resolve(schemaName, version, out var schema, out reject))
                {
                    return false;
                }

                reader.Read();
                e = (FirmEvent?)JsonSerializer.Deserialize(ref reader, TypeInfo(schema!.ClrType));
                return Check(e, out reject);
            }

            // Any other property order: parse the document, then the data element.
            using var doc = JsonDocument.Parse(utf8.ToArray());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("schema", out var s) || s.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("version", out var v) || !v.TryGetInt32(out var ver)
                || !root.TryGetProperty("data", out var data))
            {
                reject = new Reject(RejectCode.InvalidJson, "body", "expected an object with \"schema\" (string), \"version\" (integer) and \"data\"");
                return false;
            }

            if (!Resolve(s.GetString()!, ver, out var sc, out reject))
            {
                return false;
            }

            e = (FirmEvent?)data.Deserialize(TypeInfo(sc!.ClrType));
            return Check(e, out reject);
        }
        catch (JsonException ex)
        {
            reject = new Reject(RejectCode.InvalidJson, ex.Path ?? "body", ex.Message);
            e = null;
            return false;
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or OverflowException)
        {
            reject = new Reject(RejectCode.InvalidJson, "body", ex.Message);
            e = null;
            return false;
        }
    }

    private static bool Check(FirmEvent? e, out Reject? reject)
    {
        reject = e is null ? new Reject(RejectCode.InvalidJson, "data", "data is null") : null;
        return e is not null;
    }

    private static bool TryReadHeader(ref Utf8JsonReader reader, out string schema, out int version)
    {
        schema = "";
        version = 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("schema"u8)
            || !reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        schema = reader.GetString()!;
        return reader.Read() && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("version"u8)
            && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out version);
    }

    private static bool Resolve(string name, int version, out EventSchema? schema, out Reject? reject)
    {
        reject = null;
        if (!EventSchemas.TryGet(name, out schema!))
        {
            reject = new Reject(RejectCode.UnknownSchema, "schema", $"unknown schema '{name}'");
            schema = null;
            return false;
        }

        if (schema.Version != version)
        {
            reject = new Reject(RejectCode.UnsupportedSchemaVersion, "version", $"schema '{name}' version {version} is not supported (this build reads version {schema.Version})");
            schema = null;
            return false;
        }

        return true;
    }

    private static JsonTypeInfo TypeInfo(Type type) => EventJsonContext.Default.GetTypeInfo(type)
        ?? throw new InvalidOperationException($"no JSON metadata for {type.Name}");
}
