using System.Buffers;
using System.Text.Json;

namespace SignauxFaibles.Domain.Wire;

/// <summary>
/// Writes one JSON document into a per-thread buffer and writer, reused from one message to the next, and
/// returns it as an array of its exact size: the only allocation is the message itself. A fresh
/// <see cref="ArrayBufferWriter{T}"/> and <see cref="Utf8JsonWriter"/> per message used to grow the buffer
/// two or three times (scores and alerts are a few kilobytes), then copy it: a large share of the bytes
/// allocated per event on the live path. Writing is synchronous, so a thread's buffer is never shared.
/// </summary>
public static class JsonBytes
{
    // Buffers that grew past this (a huge dead letter) are dropped instead of being kept by the thread.
    private const int KeptCapacity = 64 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    [ThreadStatic]
    private static bool t_writing;

    /// <summary>Runs <paramref name="write"/> on a reset writer and returns the bytes written.</summary>
    public static byte[] Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        if (t_writing)
        {
            // A document written while writing another (a callback serializing a nested message): its own buffer.
            var own = new ArrayBufferWriter<byte>(1024);
            using (var ownWriter = new Utf8JsonWriter(own))
            {
                write(ownWriter, state);
            }

            return own.WrittenSpan.ToArray();
        }

        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        t_writing = true;
        try
        {
            write(writer, state);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            t_writing = false;
            if (buffer.Capacity > KeptCapacity)
            {
                t_buffer = null;
                t_writer?.Dispose();
                t_writer = null;
            }
        }
    }
}
