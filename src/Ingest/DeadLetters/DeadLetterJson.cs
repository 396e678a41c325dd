using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SignauxFaibles.Domain.Validation;

namespace SignauxFaibles.Ingest.DeadLetters;

/// <summary>
/// The dead-letter wire format (docs/kafka.md): one JSON object per rejected input with the reason code
/// (snake_case <see cref="RejectCode"/>), field and detail of the first reason, every reason, the source
/// position and the original payload (as text when it is UTF-8, base64 otherwise). Bounded by
/// <see cref="DeadLetterLimits"/>: a payload too large is cut to its beginning, with its size and SHA-256.
/// </summary>
public static class DeadLetterJson
{
    /// <summary>How much of the input a dead letter carries and how long its texts may be.</summary>
    private enum Shape
    {
        /// <summary>Payload verbatim (text when UTF-8); cut to its beginning only beyond <see cref="DeadLetterLimits.MaxPayloadBytes"/>.</summary>
        Full,

        /// <summary>Payload verbatim as base64 (text escaping can grow a payload six-fold, base64 only by a third).</summary>
        Base64,

        /// <summary>The beginning of the payload, the first reason and short texts: fits whatever the input.</summary>
        Minimal,
    }

    /// <summary>Bytes of the payload a truncated dead letter keeps.</summary>
    private const int TruncatedPrefixBytes = 64 * 1024;

    /// <summary>
    /// The dead letter as one JSON message of at most <see cref="DeadLetterLimits.MaxLetterBytes"/> whatever
    /// the input: larger payloads are cut to their beginning with their size and SHA-256, long texts are cut.
    /// </summary>
    public static byte[] Serialize(DeadLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        foreach (var shape in (ReadOnlySpan<Shape>)[Shape.Full, Shape.Base64])
        {
            var bytes = Write(letter, shape);
            if (bytes.Length <= DeadLetterLimits.MaxLetterBytes)
            {
                return bytes;
            }
        }

        return Write(letter, Shape.Minimal);
    }

    /// <summary>The smallest form of a dead letter (payload beginning, size and hash, first reason): the fallback when a broker refuses the full one.</summary>
    public static byte[] SerializeMinimal(DeadLetter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return Write(letter, Shape.Minimal);
    }

    private static byte[] Write(DeadLetter letter, Shape shape)
    {
        var textChars = shape == Shape.Minimal ? 256 : DeadLetterLimits.MaxTextChars;
        var maxRejects = shape == Shape.Minimal ? 1 : DeadLetterLimits.MaxRejects;
        var payload = letter.Payload.Span;
        var truncate = shape == Shape.Minimal || payload.Length > DeadLetterLimits.MaxPayloadBytes;
        var buffer = new ArrayBufferWriter<byte>(512 + Math.Min(payload.Length, DeadLetterLimits.MaxPayloadBytes));
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("id", Cut(letter.Id, textChars));
            w.WriteString("reason", letter.Reason.CodeName);
            w.WriteString("field", Cut(letter.Reason.Field, textChars));
            w.WriteString("detail", Cut(letter.Reason.Detail, textChars));
            w.WriteStartArray("rejects");
            foreach (var r in letter.Rejects.Take(maxRejects))
            {
                w.WriteStartObject();
                w.WriteString("reason", r.CodeName);
                w.WriteString("field", Cut(r.Field, textChars));
                w.WriteString("detail", Cut(r.Detail, textChars));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (letter.Rejects.Count > maxRejects)
            {
                w.WriteNumber("rejectsOmitted", letter.Rejects.Count - maxRejects);
            }

            if (letter.DeadLetteredAt is { } at)
            {
                w.WriteString("deadLetteredAt", at.ToUniversalTime());
            }

            WriteSource(w, letter.Source, textChars);
            if (letter.Key is not null)
            {
                w.WriteString("key", Cut(letter.Key, textChars));
            }

            if (truncate)
            {
                w.WriteString("payloadEncoding", "base64");
                w.WriteBase64String("payload", payload[..Math.Min(payload.Length, TruncatedPrefixBytes)]);
                w.WriteBoolean("payloadTruncated", true);
                w.WriteNumber("payloadSize", payload.Length);
                w.WriteString("payloadSha256", Convert.ToHexStringLower(SHA256.HashData(payload)));
            }
            else if (shape == Shape.Full && IsUtf8(payload))
            {
                w.WriteString("payloadEncoding", "utf8");
                w.WriteString("payload", Encoding.UTF8.GetString(payload));
            }
            else
            {
                w.WriteString("payloadEncoding", "base64");
                w.WriteBase64String("payload", payload);
            }

            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The text cut to <paramref name="maxChars"/>, lone surrogates replaced (the JSON writer refuses them).</summary>
    private static string Cut(string text, int maxChars)
    {
        var cut = text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, maxChars - 1), "\u2026");
        return cut.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(cut)) : cut;
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
            var truncation = root.TryGetProperty("payloadTruncated", out var t) && t.ValueKind == JsonValueKind.True
                ? new PayloadTruncation(root.GetProperty("payloadSize").GetInt64(), root.GetProperty("payloadSha256").GetString() ?? "")
                : null;
            DateTimeOffset? at = root.TryGetProperty("deadLetteredAt", out var a) ? a.GetDateTimeOffset() : null;
            return new DeadLetter(rejects, source, Str(root, "key"), payload) { Truncation = truncation, DeadLetteredAt = at };
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

    private static void WriteSource(Utf8JsonWriter w, DeadLetterSource s, int textChars)
    {
        w.WriteStartObject("source");
        w.WriteString("kind", s.Kind);
        if (s.Topic is not null)
        {
            w.WriteString("topic", Cut(s.Topic, textChars));
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
            w.WriteString("file", Cut(s.File, textChars));
        }

        if (s.Line is { } l)
        {
            w.WriteNumber("line", l);
        }

        w.WriteEndObject();
    }

    private static bool IsUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
