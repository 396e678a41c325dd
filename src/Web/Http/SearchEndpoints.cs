using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Web.Components;

namespace SignauxFaibles.Web.Http;

/// <summary>
/// Search from every page: a SIREN (spaces allowed) opens the firm page; a name is searched in the
/// detection list (read model).
/// </summary>
public static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/recherche", (HttpContext http, string? q) =>
        {
            var text = (q ?? "").Trim();
            var digits = text.Replace(" ", "", StringComparison.Ordinal);
            if (digits.Length == 9 && digits.All(char.IsAsciiDigit))
            {
                return Siren.IsValid(digits)
                    ? Results.Redirect($"/entreprises/{digits}")
                    : (IResult)Pages.Message(Pages.AgentOf(http), "Recherche", $"« {digits} » n'est pas un SIREN valide (clé de contrôle).", StatusCodes.Status400BadRequest, "warning");
            }

            return Results.Redirect($"/?texte={Uri.EscapeDataString(text)}");
        }).ExcludeFromDescription();
        return app;
    }
}
