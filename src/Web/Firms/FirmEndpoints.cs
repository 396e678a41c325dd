using SignauxFaibles.Web.Audit;
using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Http;
using SignauxFaibles.Web.Security;
using SignauxFaibles.Web.Suivi;

namespace SignauxFaibles.Web.Firms;

/// <summary>The firm page <c>/entreprises/{siren}</c> and its JSON <c>/api/entreprises/{siren}</c>; both audited.</summary>
public static class FirmEndpoints
{
    public static IEndpointRouteBuilder MapFirmEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/entreprises/{siren}", async (HttpContext http, string siren, FirmGate gate, FirmReader reader, SuiviStore suivi, AuditLog audit, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            var open = await gate.OpenAsync(agent, siren, ct);
            if (open.Summary is not { } summary)
            {
                return (IResult)Pages.Message(agent, "Fiche indisponible", open.Reason!, open.HttpStatus, open.Status == FirmGateStatus.Refused ? "error" : "warning");
            }

            var view = FirmAccess.Redact(agent, await reader.ReadAsync(summary, open.Followed, ct));
            await audit.RecordAsync(agent, AuditActions.FirmView, siren, "page", ct);
            var comments = await suivi.CommentsAsync(siren, ct);
            return Pages.Render<FirmPage>(new Dictionary<string, object?>
            {
                [nameof(FirmPage.Firm)] = view,
                [nameof(FirmPage.Agent)] = agent,
                [nameof(FirmPage.Suivis)] = await suivi.OfFirmAsync(siren, ct),
                [nameof(FirmPage.Comments)] = comments,
                [nameof(FirmPage.Revisions)] = await suivi.RevisionsAsync([.. comments.Select(c => c.Id)], ct),
            });
        }).WithName("PageEntreprise").ExcludeFromDescription();

        app.MapGet("/api/entreprises/{siren}", async (HttpContext http, string siren, FirmGate gate, FirmReader reader, AuditLog audit, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            var open = await gate.OpenAsync(agent, siren, ct);
            if (open.Summary is not { } summary)
            {
                return Results.Problem(open.Reason, statusCode: open.HttpStatus);
            }

            var view = FirmAccess.Redact(agent, await reader.ReadAsync(summary, open.Followed, ct));
            await audit.RecordAsync(agent, AuditActions.FirmView, siren, "api", ct);
            return Results.Ok(view);
        })
        .WithName("Entreprise")
        .WithSummary("La fiche d'une entreprise : identité, niveau, explication, historique, séries sur 24 mois, bilans, procédures.")
        .Produces<FirmView>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
