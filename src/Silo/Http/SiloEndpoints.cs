using System.Globalization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using SignauxFaibles.Contracts;
using SignauxFaibles.ReadModel;

namespace SignauxFaibles.Silo.Http;

/// <summary>
/// The silo's HTTP surface: current alerts (with the counts of the current dated list beside the live ones),
/// one firm (with its 24-month chart series), health (liveness), ready.
/// </summary>
public static class SiloEndpoints
{
    /// <summary>Default and maximum number of alerts <c>/alerts</c> returns.</summary>
    public const int DefaultAlertLimit = 500;

    public const int MaxAlertLimit = 100_000;

    /// <summary>Months of chart series on the firm page.</summary>
    public const int SeriesMonths = 24;

    public static IEndpointRouteBuilder MapSignauxFaiblesEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/alerts", async (IGrainFactory grains, IDetectionListReader lists, int? limit, CancellationToken ct) =>
        {
            var n = Math.Clamp(limit ?? DefaultAlertLimit, 0, MaxAlertLimit);
            var board = await grains.GetGrain<IAlertBoardGrain>(AlertStreams.Key).GetCurrentAsync(n, ct);
            var current = await lists.CurrentAsync(ct);
            var (eleve, modere, premieres) = AlertCounts.Of(current, board);
            return Results.Ok(new
            {
                listDate = current?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                eleve,
                modere,
                premieresAlertes = premieres,
                received = board.Received,
                alerts = board.Alerts,
            });
        });

        app.MapGet("/firms/{siren}", async (IGrainFactory grains, string siren, CancellationToken ct) =>
        {
            if (Domain.Identifiers.Siren.Validate(siren) is { } reject)
            {
                return Results.BadRequest(new { error = reject.ToString() });
            }

            var firm = grains.GetGrain<IFirmGrain>(siren);
            return Results.Ok(new
            {
                summary = await firm.GetSummaryAsync(ct),
                explanation = await firm.GetExplanationAsync(ct),
                alerts = await firm.GetAlertHistoryAsync(ct),
                series = await firm.GetSeriesAsync(SeriesMonths, ct),
            });
        });

        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            Predicate = Hosting.ReadinessHostingExtensions.IsLiveness,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        app.MapHealthChecks("/ready", new HealthCheckOptions
        {
            Predicate = Hosting.ReadinessHostingExtensions.IsReadiness,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        }).AllowAnonymous();
        return app;
    }
}
