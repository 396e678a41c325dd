using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Domain.Scoring;
using SignauxFaibles.Grains.Models;
using SignauxFaibles.Grains.Telemetry;

namespace SignauxFaibles.Grains.Tests.Telemetry;

public sealed class GrainMetricsTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection()
        .AddMetrics()
        .AddSingleton(new ActiveModel(new TransparentScorer()))
        .AddSingleton<GrainMetrics>()
        .BuildServiceProvider();

    private System.Diagnostics.Metrics.IMeterFactory Factory => services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    private GrainMetrics Metrics => services.GetRequiredService<GrainMetrics>();

    public void Dispose() => services.Dispose();

    [Fact]
    public void AlertEmitted_TagsLevelAndPreviousWithTheirWireCodes()
    {
        using var collector = new MetricCollector<long>(Factory, GrainMetrics.MeterName, "sf.grains.alerts");

        Metrics.AlertEmitted(AlertLevel.Eleve, AlertLevel.Modere);
        Metrics.AlertEmitted(AlertLevel.PasDAlerte, AlertLevel.Eleve);

        var tags = collector.GetMeasurementSnapshot().Select(m => ((string)m.Tags["level"]!, (string)m.Tags["previous"]!)).ToList();
        Assert.Equal([("eleve", "modere"), ("pas_d_alerte", "eleve")], tags);
    }

    [Fact]
    public void OutboxChanged_AddsDeltasPerKind_IgnoresZero()
    {
        using var collector = new MetricCollector<long>(Factory, GrainMetrics.MeterName, "sf.grains.outbox.size");

        Metrics.OutboxChanged(GrainMetrics.AlertOutbox, 3);
        Metrics.OutboxChanged(GrainMetrics.AlertOutbox, -2);
        Metrics.OutboxChanged(GrainMetrics.ScoreOutbox, 0);

        var snapshot = collector.GetMeasurementSnapshot();
        Assert.Equal(2, snapshot.Count);
        Assert.Equal(1, snapshot.Sum(m => m.Value));
        Assert.All(snapshot, m => Assert.Equal("alert", m.Tags["kind"]));
    }

    [Fact]
    public void Durations_AreRecordedInSeconds_WriteTaggedWithOutcome()
    {
        using var score = new MetricCollector<double>(Factory, GrainMetrics.MeterName, "sf.grains.score.duration");
        using var write = new MetricCollector<double>(Factory, GrainMetrics.MeterName, "sf.grains.state.write.duration");

        Metrics.Scored(TimeSpan.FromMilliseconds(3));
        Metrics.StateWritten(TimeSpan.FromMilliseconds(40), succeeded: false);

        Assert.Equal(0.003, score.LastMeasurement!.Value, 9);
        Assert.Equal(0.04, write.LastMeasurement!.Value, 9);
        Assert.Equal("failed", write.LastMeasurement.Tags["outcome"]);
    }

    [Fact]
    public void ModelGauge_NamesTheActiveVersion()
    {
        _ = Metrics;
        using var collector = new MetricCollector<int>(Factory, GrainMetrics.MeterName, "sf.grains.model.active");

        collector.RecordObservableInstruments();

        Assert.Equal(1, collector.LastMeasurement!.Value);
        Assert.Equal(services.GetRequiredService<ActiveModel>().Current.Model.Id, collector.LastMeasurement.Tags["version"]);
    }
}
