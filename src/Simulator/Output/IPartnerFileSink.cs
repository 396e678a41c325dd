using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Simulator.Output;

/// <summary>
/// One partner format as the simulator writes it: which events go into it, the file name of a delivery,
/// and how to start a new file (with the format's own writer from <c>src/Formats</c>, which writes the
/// header once). One file per format and delivery day.
/// </summary>
public interface IPartnerFileSink
{
    /// <summary>The format name, as its reader reports it (e.g. "debit").</summary>
    string Format { get; }

    /// <summary>File name of one delivery, e.g. "urssaf_debit.csv".</summary>
    string FileName { get; }

    bool Accepts(FirmEvent e);

    /// <summary>Starts a file on <paramref name="output"/> and returns what writes one event as rows.</summary>
    Action<FirmEvent> Open(TextWriter output, PartnerFileContext context);
}

/// <summary>What a writer may need to know about the delivery it writes.</summary>
/// <param name="DeliveredOn">The delivery day.</param>
/// <param name="EffectifMonths">The month columns of an effectif delivery of that day (empty on other days).</param>
public sealed record PartnerFileContext(DateOnly DeliveredOn, IReadOnlyList<Month> EffectifMonths);

/// <summary>A format whose rows come from one event type, written by a writer made per file.</summary>
public sealed class PartnerFileSink<TEvent>(string format, string fileName, Func<TextWriter, PartnerFileContext, Action<TEvent>> open) : IPartnerFileSink
    where TEvent : FirmEvent
{
    public string Format { get; } = format;

    public string FileName { get; } = fileName;

    public bool Accepts(FirmEvent e) => e is TEvent;

    public Action<FirmEvent> Open(TextWriter output, PartnerFileContext context)
    {
        var write = open(output, context);
        return e => write((TEvent)e);
    }
}
