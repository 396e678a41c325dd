using System.Buffers;
using System.Text;
using System.Text.Json;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Ingest.DeadLetters;

/// <summary>
/// The dead-letter wire format (docs/kafka.md): one JSON object per rejected input with the reason code
/// (snake_case <see cref="RejectCode"/>), field and detail of the first reason, every reason, the source
/// position and the original payload (as text when it is UTF-8, base64 otherwise).
/// </summary>
public static class DeadLetterJson
{
    public static byte[] Serialize(DeadLetter letter)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + letter.Payload.Length);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", letter.Id);
            w.WriteString("reason", letter.Reason.CodeName);
            w.WriteString("field", letter.Reason.Field);
            w.WriteString("detail", letter.Reason.Detail);
            w.WriteStartArray("rejects");
            foreach (var r in letter.Rejects)
            {
                w.WriteStartObject();
                w.WriteString("reason", r.CodeName);
                w.WriteString("field", r.Field);
                w.WriteString("detail", r.Detail);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteSource(w, letter.Source);
            if (letter.Key is not null)
            {
                w.WriteString("key", letter.Key);
            }

            if (IsUtf8(letter.Payload.Span))
            {
                w.WriteString("payloadEncoding", "utf8");
                w.WriteString("payload", Encoding.UTF8.GetString(letter.Payload.Span));
            }
            else
            {
                w.WriteString("payloadEncoding", "base64");
                w.WriteBase64String("payload", letter.Payload.Span);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a dead letter back (operators' replay tools, tests). Returns null when the bytes are not one.</summary>
    public static DeadLetter? TryParse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            using var doc = JsonDocument.ParseValue(ref reader);
            var root = doc.RootElement;
            var rejects = root.GetProperty("rejects").EnumerateArray()
                .Select(r => new Reject(FromSnakeCase(r.GetProperty("reason").GetString()), r.GetProperty("field").GetString() ?? "", r.GetProperty("detail").GetString() ?? ""))
                .ToList();
            var s = root.GetProperty("source");
            var source = new DeadLetterSource
            {
                Kind = s.GetProperty("kind").GetString() ?? "",
                Topic = Str(s, "topic"),
                Partition = s.TryGetProperty("partition", out var p) ? p.GetInt32() : null,
                Offset = s.TryGetProperty("offset", out var o) ? o.GetInt64() : null,
                Format = Str(s, "format"),
                File = Str(s, "file"),
                Line = s.TryGetProperty("line", out var l) ? l.GetInt64() : null,
            };
            var payload = root.GetProperty("payloadEncoding").GetString() == "base64"
                ? root.GetProperty("payload").GetBytesFromBase64()
                : Encoding.UTF8.GetBytes(root.GetProperty("payload").GetString() ?? "");
            return new DeadLetter(rejects, source, Str(root, "key"), payload);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    private static readonly Dictionary<string, RejectCode> CodesByName =
        Enum.GetValues<RejectCode>().ToDictionary(Reject.ToSnakeCase, StringComparer.Ordinal);

    private static RejectCode FromSnakeCase(string? name) => name is not null && CodesByName.TryGetValue(name, out var c) ? c : RejectCode.None;

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static void WriteSource(Utf8JsonWriter w, DeadLetterSource s)
    {
        w.WriteStartObject("source");
        w.WriteString("kind", s.Kind);
        if (s.Topic is not null)
        {
            w.WriteString("topic", s.Topic);
        }

        if (s.Partition is { } p)
        {
            w.WriteNumber("partition", p);
        }

        if (s.Offset is { } o)
        {
            w.WriteNumber("offset", o);
        }

        if (s.Format is not null)
        {
            w.WriteString("format", s.Format);
        }

        if (s.File is not null)
        {
            w.WriteString("file", s.File);
        }

        if (s.Line is { } l)
        {
            w.WriteNumber("line", l);
        }

        w.WriteEndObject();
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
