using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SignauxFaibles.Contracts;
using SignauxFaibles.Grains.Telemetry;
using SignauxFaibles.Grains.Tests.Infrastructure;

namespace SignauxFaibles.Grains.Tests.Telemetry;

/// <summary>The grains' meter moves when a firm grain applies, scores, writes and explains.</summary>
[Collection(SharedCluster.Name)]
public sealed class FirmGrainMetricsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ApplyThenRedeliver_CountsChangedAndUnchanged_RecordsScoreWriteAndExplanation()
    {
        var factory = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IMeterFactory>();
        using var applies = new MetricCollector<long>(factory, GrainMetrics.MeterName, "sf.grains.firm.applies");
        using var scores = new MetricCollector<double>(factory, GrainMetrics.MeterName, "sf.grains.score.duration");
        using var writes = new MetricCollector<double>(factory, GrainMetrics.MeterName, "sf.grains.state.write.duration");
        using var explanations = new MetricCollector<double>(factory, GrainMetrics.MeterName, "sf.grains.explanation.duration");
        var firm = FirmScenario.New();
        var grain = fixture.Client.GetGrain<IFirmGrain>(firm.Siren);
        var basics = firm.Basics();

        await grain.ApplyAsync(basics);
        await grain.ApplyAsync(basics);
        var explanation = await grain.GetExplanationAsync();

        // Other tests share the silo: count at least this test's calls.
        Assert.Contains(applies.GetMeasurementSnapshot(), m => m.ContainsTags(new KeyValuePair<string, object?>("changed", true)));
        Assert.Contains(applies.GetMeasurementSnapshot(), m => m.ContainsTags(new KeyValuePair<string, object?>("changed", false)));
        Assert.NotEmpty(scores.GetMeasurementSnapshot());
        Assert.Contains(writes.GetMeasurementSnapshot(), m => m.ContainsTags(new KeyValuePair<string, object?>("outcome", "ok")));
        Assert.Equal(explanation is not null, explanations.GetMeasurementSnapshot().Count > 0);
    }
}
