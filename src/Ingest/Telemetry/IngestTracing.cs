using System.Diagnostics;
using SignauxFaibles.Ingest.Consuming;

namespace SignauxFaibles.Ingest.Telemetry;

/// <summary>
/// The ingest's activity source, <see cref="SourceName"/>: one span per poll batch, a span per firm's grain
/// call (whose own Orleans spans follow when activity propagation is on). Nothing is created while no tracer
/// listens (the hosts add one only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set).
/// </summary>
/// <remarks>
/// Messages that carry a trace context (<see cref="TraceContextHeaders"/>) are tied to the spans this way:
/// the <c>ingest batch</c> span, which handles messages of many traces, only links to their contexts; each
/// firm's <c>ingest apply</c> span is the child of the context of its first message that carries one (so the
/// producer's trace goes on through the grain call to the alert it produces), linked to the contexts of its
/// other messages and to the batch span. An apply span whose messages carry none is the batch span's child.
/// </remarks>
public static class IngestTracing
{
    public const string SourceName = "SignauxFaibles.Ingest";

    /// <summary>Most message contexts linked from one span (the OpenTelemetry SDK's default link count limit).</summary>
    public const int MaxLinks = 128;

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The batch's span, linked to the distinct trace contexts of its messages; null while nothing listens.</summary>
    internal static Activity? StartBatch(IReadOnlyList<IngestMessage> batch)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var links = batch.Select(m => m.TraceContext).Where(c => c != default).Distinct().Take(MaxLinks).Select(c => new ActivityLink(c)).ToList();
        var activity = Source.StartActivity("ingest batch", ActivityKind.Consumer, parentContext: default, links: links);
        activity?.SetTag("sf.messages", batch.Count);
        return activity;
    }

    /// <summary>
    /// One firm's apply span: the child of its first message context, linked to the others and to the batch
    /// span (the ambient activity); without message contexts, the child of the batch span.
    /// </summary>
    internal static Activity? StartApply(FirmGroup group)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        Activity? activity;
        if (group.TraceContexts.Count == 0)
        {
            activity = Source.StartActivity("ingest apply");
        }
        else
        {
            var links = group.TraceContexts.Skip(1).Select(c => new ActivityLink(c)).ToList();
            if (Activity.Current is { } batch)
            {
                links.Add(new ActivityLink(batch.Context));
            }

            activity = Source.StartActivity("ingest apply", ActivityKind.Internal, group.TraceContexts[0], links: links);
        }

        activity?.SetTag("sf.siren", group.Siren);
        activity?.SetTag("sf.events", group.Events.Count);
        return activity;
    }
}
