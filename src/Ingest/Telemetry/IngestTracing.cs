using System.Diagnostics;

namespace SignauxFaibles.Ingest.Telemetry;

/// <summary>
/// The ingest's activity source, <see cref="SourceName"/>: one span per poll batch, a child span per firm's
/// grain call (whose own Orleans spans follow when activity propagation is on). Nothing is created while no
/// tracer listens (the hosts add one only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set).
/// </summary>
public static class IngestTracing
{
    public const string SourceName = "SignauxFaibles.Ingest";

    public static ActivitySource Source { get; } = new(SourceName);
}
