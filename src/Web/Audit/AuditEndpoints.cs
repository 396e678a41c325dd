using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Http;
using SignauxFaibles.Web.Security;

namespace SignauxFaibles.Web.Audit;

/// <summary>The audit log, for admins only: <c>/admin/audit</c> and <c>/api/audit</c>.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/audit", async (HttpContext http, AuditLog audit, string? login, string? siren, string? action, CancellationToken ct) =>
            Pages.Render<AuditPage>(new Dictionary<string, object?>
            {
                [nameof(AuditPage.Agent)] = Pages.AgentOf(http),
                [nameof(AuditPage.Entries)] = await audit.QueryAsync(login, siren, action, 500, ct),
                [nameof(AuditPage.Login)] = login,
                [nameof(AuditPage.Siren)] = siren,
            }))
            .RequireAuthorization(AgentRoles.AdminPolicy)
            .ExcludeFromDescription();

        app.MapGet("/api/audit", async (AuditLog audit, string? login, string? siren, string? action, int? limite, CancellationToken ct) =>
            Results.Ok(await audit.QueryAsync(login, siren, action, limite ?? 200, ct)))
            .RequireAuthorization(AgentRoles.AdminPolicy)
            .WithTags("Administration")
            .WithSummary("Le journal d'audit (consultations, exports, suivis), le plus récent en premier ; filtres login, siren, action.");
        return app;
    }
}
