using Microsoft.AspNetCore.Mvc;
using SignauxFaibles.Web.Audit;
using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Data;
using SignauxFaibles.Web.Firms;
using SignauxFaibles.Web.Http;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Suivi;

/// <summary>
/// Follow / unfollow, comments and "mes suivis", as page forms (redirecting back to the firm page) and as
/// JSON under /api. Every action goes through the <see cref="FirmGate"/> and is audited.
/// </summary>
public static class SuiviEndpoints
{
    public sealed record FollowRequest(string Motif);

    public sealed record CommentRequest(string Texte, long? Parent);

    public sealed record SuiviView(string Siren, string Motif, string MotifLibelle, DateTime Depuis);

    public static IEndpointRouteBuilder MapSuiviEndpoints(this IEndpointRouteBuilder app)
    {
        // Page forms.
        app.MapPost("/entreprises/{siren}/suivi", (HttpContext http, string siren, [FromForm(Name = "motif")] string motif, SuiviActions actions, CancellationToken ct) =>
            Back(http, siren, actions.FollowAsync(Pages.AgentOf(http), siren, motif, ct))).ExcludeFromDescription();
        app.MapPost("/entreprises/{siren}/suivi/fin", (HttpContext http, string siren, SuiviActions actions, CancellationToken ct) =>
            Back(http, siren, actions.UnfollowAsync(Pages.AgentOf(http), siren, ct))).ExcludeFromDescription();
        app.MapPost("/entreprises/{siren}/commentaires", (HttpContext http, string siren, [FromForm(Name = "texte")] string texte, [FromForm(Name = "parent")] long? parent, SuiviActions actions, CancellationToken ct) =>
            Back(http, siren, actions.CommentAsync(Pages.AgentOf(http), siren, parent, texte, ct), "#commentaires")).ExcludeFromDescription();
        app.MapPost("/entreprises/{siren}/commentaires/{id:long}", (HttpContext http, string siren, long id, [FromForm(Name = "texte")] string texte, SuiviActions actions, CancellationToken ct) =>
            Back(http, siren, actions.EditAsync(Pages.AgentOf(http), siren, id, texte, ct), "#commentaires")).ExcludeFromDescription();
        app.MapGet("/suivis", async (HttpContext http, SuiviStore suivi, CancellationToken ct) =>
        {
            var agent = Pages.AgentOf(http);
            return Pages.Render<SuivisPage>(new Dictionary<string, object?>
            {
                [nameof(SuivisPage.Agent)] = agent,
                [nameof(SuivisPage.Suivis)] = await suivi.FollowedAsync(agent.Login, ct),
            });
        }).ExcludeFromDescription();

        // JSON.
        var api = app.MapGroup("/api").WithTags("Suivi");
        api.MapPost("/entreprises/{siren}/suivi", (HttpContext http, string siren, FollowRequest body, SuiviActions actions, CancellationToken ct) =>
            Json(actions.FollowAsync(Pages.AgentOf(http), siren, body.Motif, ct))).WithSummary("Suivre une entreprise (motif : detection, signalement, demande, codefi, autre).");
        api.MapDelete("/entreprises/{siren}/suivi", (HttpContext http, string siren, SuiviActions actions, CancellationToken ct) =>
            Json(actions.UnfollowAsync(Pages.AgentOf(http), siren, ct))).WithSummary("Ne plus suivre une entreprise.");
        api.MapGet("/entreprises/{siren}/commentaires", async (HttpContext http, string siren, FirmGate gate, SuiviStore suivi, CancellationToken ct) =>
        {
            var open = await gate.OpenAsync(Pages.AgentOf(http), siren, ct);
            if (open.Status != FirmGateStatus.Open)
            {
                return Results.Problem(open.Reason, statusCode: open.HttpStatus);
            }

            var comments = await suivi.CommentsAsync(siren, ct);
            var revisions = await suivi.RevisionsAsync([.. comments.Select(c => c.Id)], ct);
            return Results.Ok(comments.Select(c => new
            {
                c.Id, c.ParentId, c.Author, c.Login, c.Text, c.CreatedAt, c.EditedAt,
                Versions = revisions.Where(r => r.CommentId == c.Id).Select(r => new { r.Text, r.ReplacedAt }),
            }));
        }).WithSummary("Les commentaires d'une entreprise, avec leurs versions précédentes.");
        api.MapPost("/entreprises/{siren}/commentaires", (HttpContext http, string siren, CommentRequest body, SuiviActions actions, CancellationToken ct) =>
            Json(actions.CommentAsync(Pages.AgentOf(http), siren, body.Parent, body.Texte, ct))).WithSummary("Commenter (ou répondre à un commentaire).");
        api.MapPut("/entreprises/{siren}/commentaires/{id:long}", (HttpContext http, string siren, long id, CommentRequest body, SuiviActions actions, CancellationToken ct) =>
            Json(actions.EditAsync(Pages.AgentOf(http), siren, id, body.Texte, ct))).WithSummary("Modifier son commentaire (la version précédente est conservée).");
        api.MapGet("/suivis", async (HttpContext http, SuiviStore suivi, CancellationToken ct) =>
            Results.Ok((await suivi.FollowedAsync(Pages.AgentOf(http).Login, ct))
                .Select(s => new SuiviView(s.Siren, s.Category, SuiviCategories.Label(s.Category), s.Since)))).WithSummary("Mes suivis.");
        return app;
    }

    private static async Task<IResult> Back(HttpContext http, string siren, Task<SuiviOutcome> action, string anchor = "")
    {
        var outcome = await action;
        return outcome.Ok
            ? Results.Redirect($"/entreprises/{siren}{anchor}")
            : Pages.Message(Pages.AgentOf(http), "Action impossible", outcome.Reason!, outcome.Status, "error");
    }

    private static async Task<IResult> Json(Task<SuiviOutcome> action)
    {
        var outcome = await action;
        return outcome.Ok ? Results.Ok(new { ok = true }) : Results.Problem(outcome.Reason, statusCode: outcome.Status);
    }
}
