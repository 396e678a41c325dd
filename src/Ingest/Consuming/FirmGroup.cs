using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>One firm's valid events of a batch, in partition order, with the offsets they complete.</summary>
internal sealed class FirmGroup(string siren)
{
    public string Siren { get; } = siren;

    public List<SourcedEvent> Events { get; } = [];

    public List<PendingOffset> Pending { get; } = [];

    public FirmBatch ToBatch() => new(Siren, [.. Events]);

    public void Add(SourcedEvent e, PendingOffset pending)
    {
        Events.Add(e);
        Pending.Add(pending);
    }

    public void CompleteAll(OffsetTracker tracker)
    {
        foreach (var p in Pending)
        {
            tracker.Complete(p);
        }
    }
}
