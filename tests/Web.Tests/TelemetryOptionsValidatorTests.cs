using SignauxFaibles.Web.Telemetry;

namespace SignauxFaibles.Web.Tests;

public sealed class TelemetryOptionsValidatorTests
{
    private static IEnumerable<string> Failures(TelemetryOptions options) =>
        new TelemetryOptionsValidator().Validate(null, options).Failures ?? [];

    [Fact]
    public void Defaults_AreValid()
    {
        Assert.Empty(Failures(new TelemetryOptions()));
        Assert.Empty(Failures(new TelemetryOptions { OtlpEndpoint = "http://collector:4317" }));
    }

    [Fact]
    public void BadSettings_AreRefusedNamingTheSetting()
    {
        var options = new TelemetryOptions
        {
            ServiceName = " ",
            Metrics = new MetricsEndpointOptions { Path = "metrics" },
            Dashboard = new DashboardEndpointOptions { Path = "/health" },
            OtlpEndpoint = "collector:4317",
        };

        var failures = string.Join("\n", Failures(options));

        Assert.Contains("Telemetry:ServiceName", failures, StringComparison.Ordinal);
        Assert.Contains("Telemetry:Metrics:Path", failures, StringComparison.Ordinal);
        Assert.Contains("Telemetry:Dashboard:Path '/health' is taken", failures, StringComparison.Ordinal);
        Assert.Contains("OTEL_EXPORTER_OTLP_ENDPOINT", failures, StringComparison.Ordinal);
    }

    [Fact]
    public void SamePathForMetricsAndDashboard_IsRefused()
    {
        var options = new TelemetryOptions { Dashboard = new DashboardEndpointOptions { Path = "/metrics/" } };

        Assert.Contains(Failures(options), f => f.Contains("both", StringComparison.Ordinal));
    }
}
