using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using SignauxFaibles.Contracts;
using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Firms;
using SignauxFaibles.Web.Http;
using SignauxFaibles.Web.Security;
using SignauxFaibles.Web.Suivi;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Web.Alerts;

/// <summary>
/// The live alerts (issue #14 item 6): the page <c>/alertes</c>, its server-sent events
/// <c>/api/alertes/flux</c> and the current alerts <c>/api/alertes</c>; an agent receives only the alerts of
/// his zone and of the firms he follows, and only with the <c>score</c> role.
/// </summary>
public static class AlertEndpoints
{
    public const int MaxCurrent = 500;

    public static IEndpointRouteBuilder MapAlertEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/alertes", (HttpContext http) =>
        {
            var agent = Pages.AgentOf(http);
            return FirmAccess.CanSee(agent, FirmBlock.Detection)
                ? (IResult)Pages.Render<LivePage>(new Dictionary<string, object?> { [nameof(LivePage.Agent)] = agent })
                : Pages.Message(agent, "Alertes en direct", "Les alertes sont réservées au rôle score.", StatusCodes.Status403Forbidden, "error");
        }).ExcludeFromDescription();

        app.MapGet("/api/alertes/flux", async (HttpContext http, LiveAlertFeed feed, SuiviStore suivi, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            if (!FirmAccess.CanSee(agent, FirmBlock.Detection))
            {
                return Results.Problem("Les alertes sont réservées au rôle score.", statusCode: StatusCodes.Status403Forbidden);
            }

            var followed = (await suivi.FollowedAsync(agent.Login, ct)).Select(s => s.Siren).ToHashSet(StringComparer.Ordinal);
            return TypedResults.ServerSentEvents(Stream(feed, agent, followed, ct));
        })
        .WithTags("Alertes")
        .WithSummary("Les alertes de la zone de l'agent, en direct (text/event-stream, un événement 'alerte' JSON par changement de niveau).");

        app.MapGet("/api/alertes", async (HttpContext http, IGrainFactory grains, SuiviStore suivi, int? limite, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            if (!FirmAccess.CanSee(agent, FirmBlock.Detection))
            {
                return Results.Problem("Les alertes sont réservées au rôle score.", statusCode: StatusCodes.Status403Forbidden);
            }

            var followed = (await suivi.FollowedAsync(agent.Login, ct)).Select(s => s.Siren).ToHashSet(StringComparer.Ordinal);
            var board = await grains.GetGrain<IAlertBoardGrain>(AlertStreams.Key).GetCurrentAsync(MaxCurrent, ct);
            var rows = await Task.WhenAll(board.Alerts.Select(async a =>
            {
                var s = await grains.GetGrain<IFirmGrain>(a.Siren).GetSummaryAsync(ct);
                return (Alert: a, Summary: s);
            }));
            var visible = rows.Where(r => FirmAccess.CanOpen(agent, r.Summary.Departement, followed.Contains(r.Alert.Siren)))
                .Take(Math.Clamp(limite ?? 100, 1, MaxCurrent))
                .Select(r => new LiveAlert(
                    r.Alert.Siren, r.Summary.RaisonSociale, r.Summary.Departement,
                    FrenchLabels.Code(r.Alert.Level), FrenchLabels.Label(r.Alert.Level), FrenchLabels.Label(r.Alert.PreviousLevel),
                    r.Alert.Score * 100, r.Alert.PremiereAlerte, r.Alert.Month.ToString(), r.Alert.AsOf.ToDateTime(TimeOnly.MinValue),
                    LiveAlertFeed.ListeDe(r.Alert), r.Alert.OnCurrentList, r.Alert.WouldBeFirstOnNext))
                .ToList();
            return Results.Ok(visible);
        })
        .WithTags("Alertes")
        .WithSummary("Les alertes en cours de la zone de l'agent (au plus 500 examinées, risque décroissant).")
        .Produces<List<LiveAlert>>();
        return app;
    }

    private static readonly JsonSerializerOptions Json = HttpJson();

    private static async IAsyncEnumerable<SseItem<string>> Stream(
        LiveAlertFeed feed, Agent agent, HashSet<string> followed, [EnumeratorCancellation] CancellationToken ct)
    {
        using var subscription = feed.Subscribe();
        // Sent at once, so clients see the stream open (status and headers) before the first alert.
        yield return new SseItem<string>("ok", "connexion");
        while (await subscription.Reader.WaitToReadAsync(ct))
        {
            while (subscription.Reader.TryRead(out var alert))
            {
                if (FirmAccess.CanOpen(agent, alert.Departement, followed.Contains(alert.Siren)))
                {
                    yield return new SseItem<string>(JsonSerializer.Serialize(alert, Json), "alerte");
                }
            }
        }
    }

    private static JsonSerializerOptions HttpJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        JsonConventions.ApplyHttp(options);
        return options;
    }
}
