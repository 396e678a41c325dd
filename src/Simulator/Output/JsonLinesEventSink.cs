using System.Buffers;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// The normalised event stream: one <see cref="EventJson"/> envelope per line, in delivery order. Lines of
/// a month are buffered per delivery day (in memory up to a cap, then spilled to a temporary file) and the
/// days are appended in order when the month completes: memory does not grow with the length of the run.
/// </summary>
public sealed class JsonLinesEventSink : IEventSink
{
    private const int BlockSize = 1 << 20;

    private readonly Stream output;
    private readonly string spoolDirectory;
    private readonly long memoryCap;
    private readonly SortedDictionary<DateOnly, DayBuffer> days = [];
    private readonly Stack<byte[]> freeBlocks = new();
    private readonly ArrayBufferWriter<byte> scratch = new(1024);
    private long buffered;
    private DateOnly lastReleased = DateOnly.MinValue;

    /// <param name="path">The events.jsonl file.</param>
    /// <param name="memoryCap">Bytes of a month kept in memory before days spill to temporary files.</param>
    public JsonLinesEventSink(string path, long memoryCap = 128L << 20)
    {
        output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        spoolDirectory = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, ".spool");
        this.memoryCap = memoryCap;
    }

    public long Lines { get; private set; }

    public void Write(FirmEvent e)
    {
        scratch.ResetWrittenCount();
        EventJson.Write(scratch, e);
        scratch.Write("\n"u8);
        WriteLine(e.DeliveredOn, scratch.WrittenSpan);
    }

    /// <summary>Appends an already serialised line (ending with a newline) delivered on <paramref name="day"/>.</summary>
    public void WriteLine(DateOnly day, ReadOnlySpan<byte> line)
    {
        if (day <= lastReleased)
        {
            throw new InvalidOperationException($"an event delivered on {day} arrives after the deliveries up to {lastReleased} were released");
        }

        if (!days.TryGetValue(day, out var buffer))
        {
            buffer = new DayBuffer(day);
            days.Add(day, buffer);
        }

        if (buffered + line.Length > memoryCap || buffer.Spill is not null)
        {
            if (buffer.Spill is null)
            {
                Directory.CreateDirectory(spoolDirectory);
                buffer.Spill = new FileStream(Path.Combine(spoolDirectory, $"{day:yyyyMMdd}.jsonl"), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            }

            buffer.Spill.Write(line);
        }
        else
        {
            while (line.Length > 0)
            {
                if (buffer.Blocks.Count == 0 || buffer.Used == BlockSize)
                {
                    buffer.Blocks.Add(freeBlocks.Count > 0 ? freeBlocks.Pop() : new byte[BlockSize]);
                    buffer.Used = 0;
                }

                var n = Math.Min(line.Length, BlockSize - buffer.Used);
                line[..n].CopyTo(buffer.Blocks[^1].AsSpan(buffer.Used));
                buffer.Used += n;
                buffered += n;
                line = line[n..];
            }
        }

        Lines++;
    }

    public void CompleteMonth(Month month)
    {
        foreach (var (day, buffer) in days)
        {
            for (var i = 0; i < buffer.Blocks.Count; i++)
            {
                var length = i == buffer.Blocks.Count - 1 ? buffer.Used : BlockSize;
                output.Write(buffer.Blocks[i], 0, length);
                freeBlocks.Push(buffer.Blocks[i]);
            }

            if (buffer.Spill is { } spill)
            {
                spill.Position = 0;
                spill.CopyTo(output);
                var name = spill.Name;
                spill.Dispose();
                File.Delete(name);
            }

            lastReleased = day;
        }

        days.Clear();
        buffered = 0;
        output.Flush();
    }

    public void Dispose()
    {
        foreach (var buffer in days.Values)
        {
            if (buffer.Spill is { } spill)
            {
                var name = spill.Name;
                spill.Dispose();
                File.Delete(name);
            }
        }

        days.Clear();
        output.Dispose();
        if (Directory.Exists(spoolDirectory) && !Directory.EnumerateFileSystemEntries(spoolDirectory).Any())
        {
            Directory.Delete(spoolDirectory);
        }
    }

    private sealed class DayBuffer(DateOnly day)
    {
        public DateOnly Day { get; } = day;

        public List<byte[]> Blocks { get; } = [];

        public int Used { get; set; }

        public FileStream? Spill { get; set; }
    }
}
