using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Tests.Support;

/// <summary>An ingest meter of its own for a test that builds the dispatcher by hand (its own meter factory, so tests never share counts).</summary>
internal static class TestMetrics
{
    public static IngestMetrics Create() =>
        new ServiceCollection().AddMetrics().AddSingleton<IngestMetrics>().BuildServiceProvider().GetRequiredService<IngestMetrics>();
}
