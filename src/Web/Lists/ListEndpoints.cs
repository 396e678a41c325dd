using System.Globalization;
using SignauxFaibles.Web.Audit;
using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Http;

namespace SignauxFaibles.Web.Lists;

/// <summary>
/// The detection list (the home page), its JSON <c>/api/liste</c>, its xlsx export
/// <c>/api/liste/export</c> (audited) and the dated lists <c>/api/listes</c>; every one restricted to the
/// agent's zone and follows, and to the <c>score</c> role.
/// </summary>
public static class ListEndpoints
{
    public static IEndpointRouteBuilder MapListEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (HttpContext http, ListService lists, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            if (!Security.FirmAccess.CanSee(agent, Security.FirmBlock.Detection))
            {
                return (IResult)Pages.Message(agent, "Liste de détection", "La liste de détection est réservée au rôle score. Recherchez une entreprise par son SIREN.", StatusCodes.Status403Forbidden, "info");
            }

            var request = ListRequest.From(http.Request.Query);
            var (result, _) = await lists.QueryAsync(agent, request, ct);
            return Pages.Render<ListPage>(new Dictionary<string, object?>
            {
                [nameof(ListPage.Agent)] = agent,
                [nameof(ListPage.Request)] = request,
                [nameof(ListPage.Result)] = result,
            });
        }).ExcludeFromDescription();

        var api = app.MapGroup("/api").WithTags("Liste de détection");
        api.MapGet("/liste", async (HttpContext http, ListService lists, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            if (!Security.FirmAccess.CanSee(agent, Security.FirmBlock.Detection))
            {
                return Results.Problem("La liste de détection est réservée au rôle score.", statusCode: StatusCodes.Status403Forbidden);
            }

            return Results.Ok((await lists.QueryAsync(agent, ListRequest.From(http.Request.Query), ct)).Result);
        })
        .WithSummary("Une page de la liste de détection : filtres liste, region, departement, section, division, effectif (10/20/50/100, 0 = aucun), ca, procedure, premieres, sansdelai, plusde2ans, suivies (toutes/exclure/seulement), texte, tri (score/nom/effectif), page, taille.")
        .Produces<ListResult>();

        api.MapGet("/liste/export", async (HttpContext http, ListService lists, AuditLog audit, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            if (!Security.FirmAccess.CanSee(agent, Security.FirmBlock.Detection))
            {
                return Results.Problem("La liste de détection est réservée au rôle score.", statusCode: StatusCodes.Status403Forbidden);
            }

            var request = ListRequest.From(http.Request.Query);
            var (result, query) = await lists.QueryAsync(agent, request, ct);
            var filters = request.Describe(query.ListDate!.Value).Append(("Exporté par", agent.Login))
                .Append(("Exporté le (UTC)", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).ToList();
            var bytes = await ListExport.WriteAsync(lists.ExportAsync(query, ct), filters, ct);
            await audit.RecordAsync(agent, AuditActions.Export, null, $"liste {result.Liste}, {result.Total} lignes, {request.QueryString()}", ct);
            return Results.File(bytes, ListExport.ContentType, $"signaux-faibles-{result.Liste}.xlsx");
        })
        .WithSummary("La liste filtrée (mêmes paramètres que /api/liste, sans pagination) au format xlsx, avec les filtres et la date de la liste dans une seconde feuille.")
        .Produces(StatusCodes.Status200OK, contentType: ListExport.ContentType);

        api.MapGet("/listes", async (HttpContext http, ReadModel.IDetectionListReader reader, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            if (!Security.FirmAccess.CanSee(agent, Security.FirmBlock.Detection))
            {
                return Results.Problem("Les listes sont réservées au rôle score.", statusCode: StatusCodes.Status403Forbidden);
            }

            // National counts only for national agents: a zone agent gets the dates, and his counts from /api/liste.
            var national = agent.Departements is null;
            return Results.Ok((await reader.ListsAsync(ct)).Select(l => new
            {
                date = l.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                cloturee = l.IsClosed,
                eleve = national ? l.Counts.Eleve : (int?)null,
                modere = national ? l.Counts.Modere : (int?)null,
                premieresAlertes = national ? l.Counts.PremieresAlertes : (int?)null,
            }));
        }).WithSummary("Les listes datées, la plus récente en premier (compteurs nationaux pour les agents nationaux).");
        return app;
    }
}
