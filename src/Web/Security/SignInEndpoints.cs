using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Http;

namespace SignauxFaibles.Web.Security;

/// <summary>Sign-in with a local account (<c>/connexion</c>), sign-out, and the access-denied page.</summary>
public static class SignInEndpoints
{
    public static IEndpointRouteBuilder MapSignInEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/connexion", (string? ReturnUrl) =>
            Pages.Render<LoginPage>(new Dictionary<string, object?> { [nameof(LoginPage.ReturnUrl)] = ReturnUrl }))
            .AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/connexion", async (HttpContext http, LocalAccounts accounts,
            [FromForm(Name = "identifiant")] string? login, [FromForm(Name = "motdepasse")] string? password, [FromForm(Name = "retour")] string? returnUrl) =>
        {
            var principal = accounts.SignIn(login, password, CookieAuthenticationDefaults.AuthenticationScheme);
            if (principal is null)
            {
                return (IResult)Pages.Render<LoginPage>(new Dictionary<string, object?>
                {
                    [nameof(LoginPage.Failed)] = true,
                    [nameof(LoginPage.ReturnUrl)] = returnUrl,
                }, StatusCodes.Status401Unauthorized);
            }

            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
            // Only local paths: never an open redirect.
            return Results.LocalRedirect(returnUrl is { Length: > 0 } r && r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal) ? r : "/");
        }).AllowAnonymous().ExcludeFromDescription();

        app.MapPost("/deconnexion", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/connexion");
        }).ExcludeFromDescription();

        app.MapGet("/acces-refuse", (HttpContext http) =>
            Pages.Message(AgentClaims.From(http.User), "Accès refusé", "Vous n'avez pas l'habilitation nécessaire.", StatusCodes.Status403Forbidden, "error"))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
