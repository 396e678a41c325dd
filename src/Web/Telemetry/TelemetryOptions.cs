namespace SignauxFaibles.Web.Telemetry;

/// <summary>
/// Metrics, traces and the Orleans dashboard of a host (section <c>Telemetry</c>). Traces are exported over
/// OTLP only when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable is set (with the other
/// <c>OTEL_EXPORTER_OTLP_*</c> variables of the OpenTelemetry SDK). docs/operations.md lists the metrics.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The <c>service.name</c> of the resource; default the host's application name.</summary>
    public string? ServiceName { get; set; }

    /// <summary>The Prometheus scrape endpoint.</summary>
    public MetricsEndpointOptions Metrics { get; set; } = new();

    /// <summary>The Orleans dashboard (silo only).</summary>
    public DashboardEndpointOptions Dashboard { get; set; } = new();

    /// <summary>Set from <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>: where traces (and metrics) are pushed; null = no OTLP export.</summary>
    public string? OtlpEndpoint { get; set; }
}

/// <summary>The Prometheus scrape endpoint (section <c>Telemetry:Metrics</c>).</summary>
public sealed class MetricsEndpointOptions
{
    /// <summary>Serve the scrape endpoint. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Its path. Default <c>/metrics</c>.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>
    /// Require the admin role (HTTP Basic or a session) to scrape. Default false: the metrics hold no firm
    /// data (no SIREN in any tag), and Prometheus scrapes without credentials; restrict the port instead or
    /// set this in production where the network cannot.
    /// </summary>
    public bool RequireAdmin { get; set; }
}

/// <summary>The Orleans dashboard (section <c>Telemetry:Dashboard</c>), admin role only.</summary>
public sealed class DashboardEndpointOptions
{
    /// <summary>Serve the dashboard on the silo. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Its path. Default <c>/dashboard</c>.</summary>
    public string Path { get; set; } = "/dashboard";
}
