using System.Buffers;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// The normalised event stream: one <see cref="EventJson"/> envelope per line, in delivery order. Events
/// of a month are spooled to one temporary file per delivery day, and the days are appended in order when
/// the month completes, so memory stays constant whatever the population.
/// </summary>
public sealed class JsonLinesEventSink : IEventSink
{
    private readonly Stream output;
    private readonly string spoolDirectory;
    private readonly SortedDictionary<DateOnly, FileStream> spools = [];
    private readonly ArrayBufferWriter<byte> buffer = new(1024);
    private DateOnly lastReleased = DateOnly.MinValue;

    public JsonLinesEventSink(string path)
    {
        output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        spoolDirectory = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, ".spool");
        Directory.CreateDirectory(spoolDirectory);
    }

    public long Lines { get; private set; }

    public void Write(FirmEvent e)
    {
        if (e.DeliveredOn <= lastReleased)
        {
            throw new InvalidOperationException($"{EventSchemas.Of(e)} delivered on {e.DeliveredOn} arrives after the deliveries up to {lastReleased} were released");
        }

        if (!spools.TryGetValue(e.DeliveredOn, out var spool))
        {
            spool = new FileStream(Path.Combine(spoolDirectory, $"{e.DeliveredOn:yyyyMMdd}.jsonl"), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
            spools.Add(e.DeliveredOn, spool);
        }

        buffer.ResetWrittenCount();
        EventJson.Write(buffer, e);
        buffer.Write("\n"u8);
        spool.Write(buffer.WrittenSpan);
        Lines++;
    }

    public void CompleteMonth(Month month)
    {
        foreach (var (day, spool) in spools)
        {
            spool.Position = 0;
            spool.CopyTo(output);
            var name = spool.Name;
            spool.Dispose();
            File.Delete(name);
            lastReleased = day;
        }

        spools.Clear();
        output.Flush();
    }

    public void Dispose()
    {
        foreach (var spool in spools.Values)
        {
            var name = spool.Name;
            spool.Dispose();
            File.Delete(name);
        }

        spools.Clear();
        output.Dispose();
        if (Directory.Exists(spoolDirectory) && !Directory.EnumerateFileSystemEntries(spoolDirectory).Any())
        {
            Directory.Delete(spoolDirectory);
        }
    }
}
