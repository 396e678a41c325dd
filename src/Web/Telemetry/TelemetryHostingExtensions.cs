using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Telemetry;

/// <summary>
/// OpenTelemetry for a host of the system (the silo, src/Web.Host): the given meters of our own, Orleans'
/// (<c>Microsoft.Orleans</c>), ASP.NET Core and the .NET runtime, scraped by Prometheus at
/// <c>Telemetry:Metrics:Path</c>; traces of the given activity sources, Orleans' grain calls and ASP.NET
/// Core requests, exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (no exporter,
/// no listener, no cost otherwise).
/// </summary>
public static class TelemetryHostingExtensions
{
    /// <summary>The environment variable (and configuration key) that turns the OTLP export on.</summary>
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Orleans' meter (grain calls, messaging, activations, membership...).</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Orleans' activity sources, when activity propagation is on.</summary>
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"];

    public static WebApplicationBuilder AddSignauxFaiblesTelemetry(this WebApplicationBuilder builder, IReadOnlyList<string> meters, IReadOnlyList<string> activitySources)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var otlp = configuration[OtlpEndpointVariable];
        builder.Services.AddOptions<TelemetryOptions>()
            .Bind(configuration.GetSection(TelemetryOptions.Section))
            .PostConfigure(o => o.OtlpEndpoint = string.IsNullOrWhiteSpace(otlp) ? null : otlp)
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();

        var serviceName = configuration[$"{TelemetryOptions.Section}:{nameof(TelemetryOptions.ServiceName)}"] ?? builder.Environment.ApplicationName;
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(m =>
            {
                m.AddMeter([.. meters, OrleansMeter])
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddPrometheusExporter();
                if (otlp is { Length: > 0 })
                {
                    m.AddOtlpExporter();
                }
            });
        if (otlp is { Length: > 0 })
        {
            telemetry.WithTracing(t => t
                .AddSource([.. activitySources, .. OrleansActivitySources])
                .AddAspNetCoreInstrumentation(o => o.Filter = ctx => !IsProbe(ctx.Request.Path))
                .AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>The scrape endpoint (anonymous unless <see cref="MetricsEndpointOptions.RequireAdmin"/>).</summary>
    public static WebApplication MapTelemetryEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Metrics;
        if (!options.Enabled)
        {
            return app;
        }

        var endpoint = app.MapPrometheusScrapingEndpoint(options.Path);
        if (options.RequireAdmin)
        {
            endpoint.RequireAuthorization(AgentRoles.AdminPolicy);
        }
        else
        {
            endpoint.AllowAnonymous();
        }

        return app;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/ready", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
