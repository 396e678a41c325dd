using System.Buffers;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Simulator.Truth;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// What the steps of a chunk of firms produce in a month, in firm order: events (each stamped with its
/// delivery day), their JSON lines and the ground-truth rows. Serialising here, on the worker threads,
/// keeps the single writer thread to copying bytes. The accumulators live for the whole run (shared by
/// chunks never stepped at the same time) and are merged at the end.
/// </summary>
internal sealed class StepOutput
{
    public StepOutput(RunStats stats, AucAccumulator auc)
    {
        Stats = stats;
        Auc = auc;
    }

    public List<FirmEvent> Events { get; } = [];

    /// <summary>The JSON lines of <see cref="Events"/>, back to back; <see cref="JsonEnds"/>[i] ends line i.</summary>
    public ArrayBufferWriter<byte> Json { get; } = new(1 << 16);

    public List<int> JsonEnds { get; } = [];

    /// <summary>truth/hazard.csv rows of the chunk.</summary>
    public ArrayBufferWriter<byte> HazardCsv { get; } = new(1 << 14);

    public List<JudgmentRow> Judgments { get; } = [];

    public AucAccumulator Auc { get; }

    public RunStats Stats { get; }

    public void ClearMonth()
    {
        Events.Clear();
        Json.ResetWrittenCount();
        JsonEnds.Clear();
        HazardCsv.ResetWrittenCount();
        Judgments.Clear();
    }

    /// <summary>Serialises the month's events once every firm of the chunk has been stepped.</summary>
    public void SerialiseEvents()
    {
        foreach (var e in Events)
        {
            EventJson.Write(Json, e);
            Json.Write("\n"u8);
            JsonEnds.Add(Json.WrittenCount);
        }
    }

    public ReadOnlySpan<byte> JsonLine(int i)
    {
        var start = i == 0 ? 0 : JsonEnds[i - 1];
        return Json.WrittenSpan[start..JsonEnds[i]];
    }

    /// <summary>Appends <c>siren;month;health;hazard;p18</c>.</summary>
    public void AddHazard(string siren, Month month, double health, double hazard, double p18)
    {
        var span = HazardCsv.GetSpan(96);
        var n = System.Text.Encoding.ASCII.GetBytes(siren, span);
        span[n++] = (byte)';';
        n += System.Text.Encoding.ASCII.GetBytes(month.ToString(), span[n..]);
        span[n++] = (byte)';';
        n += Format(Math.Round(health, 4), span[n..]);
        span[n++] = (byte)';';
        n += Format(hazard, span[n..]);
        span[n++] = (byte)';';
        n += Format(p18, span[n..]);
        span[n++] = (byte)'\n';
        HazardCsv.Advance(n);
    }

    private static int Format(double value, Span<byte> destination) =>
        value.TryFormat(destination, out var written, "G6", System.Globalization.CultureInfo.InvariantCulture) ? written : 0;
}
