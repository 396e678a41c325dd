using System.Globalization;
using System.Text;

namespace SignauxFaibles.Formats.Core;

/// <summary>
/// The text encodings partner files come in (UTF-8, Windows-1252, Latin-1) by their usual names, and the
/// detection of a file's encoding from its bytes when the sender does not say.
/// </summary>
public static class TextEncodings
{
    /// <summary>Bytes examined by <see cref="Detect(Stream)"/> (the beginning of the file).</summary>
    public const int DetectionBytes = 4 * 1024 * 1024;

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, the usual encoding of French exports that are not UTF-8.</summary>
    public static Encoding Cp1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>The names <c>--encoding</c> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "utf-8", "cp1252", "latin-1"];

    /// <summary>The encoding of a name (case-insensitive; utf8, windows-1252, iso-8859-1 and latin1 also accepted); null for <c>auto</c>.</summary>
    public static bool TryGet(string name, out Encoding? encoding)
    {
        encoding = name.ToLowerInvariant() switch
        {
            "utf-8" or "utf8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            "cp1252" or "windows-1252" => Cp1252,
            "latin-1" or "latin1" or "iso-8859-1" => Encoding.Latin1,
            _ => null,
        };
        return encoding is not null || string.Equals(name, "auto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The encoding of a file from its first <see cref="DetectionBytes"/> bytes: a byte order mark wins;
    /// bytes that are all valid UTF-8 are UTF-8; otherwise Windows-1252 (a superset of Latin-1's printable
    /// characters). A file mixing valid UTF-8 sequences and other bytes is read as Windows-1252 and
    /// reported as mixed. The stream is put back where it was.
    /// </summary>
    public static DetectedEncoding Detect(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var start = input.Position;
        var buffer = new byte[(int)Math.Min(DetectionBytes, Math.Max(0, input.Length - start))];
        var read = 0;
        while (read < buffer.Length && input.Read(buffer, read, buffer.Length - read) is var n and > 0)
        {
            read += n;
        }

        input.Position = start;
        return Detect(buffer.AsSpan(0, read));
    }

    public static DetectedEncoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(Encoding.UTF8, "utf-8", "byte order mark");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedEncoding(Encoding.Unicode, "utf-16", "byte order mark");
        }

        long multiByte = 0, invalid = 0, firstInvalid = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] < 0x80)
            {
                i++;
                continue;
            }

            var length = SequenceLength(bytes[i..]);
            if (length > 0)
            {
                multiByte++;
                i += length;
            }
            else if (bytes.Length == DetectionBytes && bytes.Length - i < 4)
            {
                break; // a sequence cut by the end of the sample, not an invalid byte
            }
            else
            {
                invalid++;
                firstInvalid = firstInvalid < 0 ? i : firstInvalid;
                i++;
            }
        }

        if (invalid == 0)
        {
            return new DetectedEncoding(new UTF8Encoding(false), "utf-8", multiByte == 0 ? "ASCII only" : string.Create(CultureInfo.InvariantCulture, $"valid UTF-8, {multiByte} non-ASCII characters"));
        }

        var evidence = string.Create(CultureInfo.InvariantCulture, $"not UTF-8: byte 0x{bytes[(int)firstInvalid]:X2} at offset {firstInvalid}");
        return multiByte == 0
            ? new DetectedEncoding(Cp1252, "cp1252", evidence)
            : new DetectedEncoding(Cp1252, "cp1252", string.Create(CultureInfo.InvariantCulture, $"MIXED: {multiByte} valid UTF-8 sequences and {invalid} other non-ASCII bytes ({evidence}); read as cp1252"));
    }

    /// <summary>Length of the valid UTF-8 sequence starting a span whose first byte is not ASCII, or 0.</summary>
    private static int SequenceLength(ReadOnlySpan<byte> s)
    {
        var length = s[0] switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        return length > 0 && length <= s.Length && System.Text.Unicode.Utf8.IsValid(s[..length]) ? length : 0;
    }
}

/// <summary>The encoding a file is read with, its short name and why it was chosen.</summary>
public sealed record DetectedEncoding(Encoding Encoding, string Name, string Evidence);
