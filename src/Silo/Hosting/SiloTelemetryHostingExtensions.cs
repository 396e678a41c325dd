using Orleans.Dashboard;
using SignauxFaibles.Grains.Telemetry;
using SignauxFaibles.Ingest.Telemetry;
using SignauxFaibles.ReadModel.Kafka;
using SignauxFaibles.Web.Security;
using SignauxFaibles.Web.Telemetry;

namespace SignauxFaibles.Silo.Hosting;

/// <summary>
/// The silo's observability: the ingest and grain meters with Orleans', ASP.NET Core's and the runtime's at
/// <c>/metrics</c>, traces from the ingest batch to the grain call (Orleans activity propagation; exported
/// only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set), and the Orleans dashboard at <c>/dashboard/</c> for
/// the admin role (<c>Telemetry:Dashboard:Enabled=false</c> removes it).
/// </summary>
public static class SiloTelemetryHostingExtensions
{
    public static WebApplicationBuilder AddSiloTelemetry(this WebApplicationBuilder builder)
    {
        builder.AddSignauxFaiblesTelemetry([IngestMetrics.MeterName, GrainMetrics.MeterName, ScoresProjectionMetrics.MeterName], [IngestTracing.SourceName]);
        var dashboard = Dashboard(builder.Configuration);
        builder.UseOrleans(silo =>
        {
            silo.AddActivityPropagation();
            if (dashboard.Enabled)
            {
                silo.AddDashboard();
            }
        });
        return builder;
    }

    public static WebApplication MapSiloTelemetry(this WebApplication app)
    {
        app.MapTelemetryEndpoints();
        var dashboard = Dashboard(app.Configuration);
        if (dashboard.Enabled)
        {
            // An operator's page, not part of the agents' API: kept out of the OpenAPI document.
            app.MapOrleansDashboard(routePrefix: dashboard.Path).RequireAuthorization(AgentRoles.AdminPolicy).ExcludeFromDescription();
        }

        return app;
    }

    private static DashboardEndpointOptions Dashboard(IConfiguration configuration) =>
        configuration.GetSection($"{TelemetryOptions.Section}:{nameof(TelemetryOptions.Dashboard)}").Get<DashboardEndpointOptions>() ?? new DashboardEndpointOptions();
}
