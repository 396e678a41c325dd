using System.Text;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Training.Panel;

/// <summary>An event log in delivery order: an events.jsonl file or events in memory (tests), with its months.</summary>
internal sealed class EventSource
{
    private readonly Func<IProgress<long>?, CancellationToken, IEnumerable<FirmEvent[]>> _blocks;

    private EventSource(string name, Month first, Month last, long size, Func<IProgress<long>?, CancellationToken, IEnumerable<FirmEvent[]>> blocks)
    {
        Name = name;
        FirstMonth = first;
        LastMonth = last;
        Size = size;
        _blocks = blocks;
    }

    public string Name { get; }

    /// <summary>The delivery months of the first and last events.</summary>
    public Month FirstMonth { get; }

    public Month LastMonth { get; }

    /// <summary>Bytes (file) or events (memory), the unit of the progress reported.</summary>
    public long Size { get; }

    public long Rejected { get; private set; }

    public IEnumerable<FirmEvent[]> Blocks(IProgress<long>? progress, CancellationToken cancellationToken) => _blocks(progress, cancellationToken);

    public static EventSource FromEvents(IReadOnlyList<FirmEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("no events", nameof(events));
        }

        var first = Month.From(events.Min(e => e.DeliveredOn));
        var last = Month.From(events.Max(e => e.DeliveredOn));
        return new EventSource("memory", first, last, events.Count, (progress, ct) => Chunk(events, progress, ct));
    }

    /// <summary>Opens an events.jsonl file; its months come from its first and last lines. Null with a reason when unusable.</summary>
    public static EventSource? FromFile(string path, out string? problem)
    {
        problem = null;
        if (!File.Exists(path))
        {
            problem = $"{path} does not exist";
            return null;
        }

        var firstLine = File.ReadLines(path).FirstOrDefault(l => l.Length > 0);
        var lastLine = LastLine(path);
        if (firstLine is null || lastLine is null
            || !EventJson.TryDeserialize(Encoding.UTF8.GetBytes(firstLine), out var first, out var r1) || first is null
            || !EventJson.TryDeserialize(Encoding.UTF8.GetBytes(lastLine), out var last, out var r2) || last is null)
        {
            problem = $"{path}: first or last line is not an event";
            return null;
        }

        var size = new FileInfo(path).Length;
        EventSource? source = null;
        source = new EventSource(path, Month.From(first.DeliveredOn), Month.From(last.DeliveredOn), size, (progress, ct) =>
        {
            var reader = new EventLogReader(path);
            return Track(reader, reader.ReadBlocks(progress, ct), source!);
        });
        return source;
    }

    private static IEnumerable<FirmEvent[]> Track(EventLogReader reader, IEnumerable<FirmEvent[]> blocks, EventSource source)
    {
        foreach (var block in blocks)
        {
            yield return block;
        }

        source.Rejected = reader.Rejected;
    }

    private static IEnumerable<FirmEvent[]> Chunk(IReadOnlyList<FirmEvent> events, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        const int Size = 50_000;
        for (var i = 0; i < events.Count; i += Size)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = Math.Min(Size, events.Count - i);
            var block = new FirmEvent[n];
            for (var k = 0; k < n; k++)
            {
                block[k] = events[i + k];
            }

            yield return block;
            progress?.Report(i + n);
        }
    }

    private static string? LastLine(string path)
    {
        using var stream = File.OpenRead(path);
        var tail = (int)Math.Min(stream.Length, 1 << 20);
        stream.Seek(-tail, SeekOrigin.End);
        var bytes = new byte[tail];
        stream.ReadExactly(bytes);
        var lines = Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 0 ? null : lines[^1];
    }
}
