using System.Diagnostics;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Consuming;

/// <summary>One firm's valid events of a batch, in partition order, with the offsets they complete.</summary>
internal sealed class FirmGroup(string siren)
{
    public string Siren { get; } = siren;

    public List<SourcedEvent> Events { get; } = [];

    public List<PendingOffset> Pending { get; } = [];

    /// <summary>The distinct trace contexts of the group's messages, in offset order (empty when none carried one; at most <see cref="IngestTracing.MaxLinks"/>).</summary>
    public List<ActivityContext> TraceContexts { get; } = [];

    public FirmBatch ToBatch() => new(Siren, [.. Events]);

    public void Add(SourcedEvent e, PendingOffset pending, ActivityContext traceContext = default)
    {
        Events.Add(e);
        Pending.Add(pending);
        if (traceContext != default && TraceContexts.Count < IngestTracing.MaxLinks && !TraceContexts.Contains(traceContext))
        {
            TraceContexts.Add(traceContext);
        }
    }

    public void CompleteAll(OffsetTracker tracker)
    {
        foreach (var p in Pending)
        {
            tracker.Complete(p);
        }
    }
}
