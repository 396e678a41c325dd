using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SignauxFaibles.Web.Hosting;

namespace SignauxFaibles.Web.Security;

/// <summary>
/// Authentication and authorization of the web app. Pages sign in with a cookie (local accounts through
/// /connexion, or OpenID Connect in production); API clients may send HTTP Basic credentials in Local mode.
/// Every endpoint requires an authenticated agent (fallback policy) unless it says otherwise; what he may
/// see of a firm is decided by <see cref="FirmAccess"/>.
/// </summary>
public static class AuthenticationSetup
{
    public const string Scheme = "sf";

    public static IServiceCollection AddAgentAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var oidc = configuration.GetSection(WebOptions.Section).Get<WebOptions>()?.Authentication == "Oidc";
        services.AddSingleton<LocalAccounts>();
        var auth = services
            .AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Signaux Faibles", o => o.ForwardDefaultSelector = ctx =>
            {
                var header = ctx.Request.Headers.Authorization.ToString();
                if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
                {
                    return BasicAuthenticationHandler.SchemeName;
                }

                return IsApi(ctx.Request) || !oidc
                    ? CookieAuthenticationDefaults.AuthenticationScheme
                    : OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(o =>
            {
                o.Cookie.Name = "sf.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/connexion";
                o.LogoutPath = "/deconnexion";
                o.AccessDeniedPath = "/acces-refuse";
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.Events.OnRedirectToLogin = ctx => Refuse(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Refuse(ctx, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null);
        if (oidc)
        {
            // Configuration only (Web:Oidc:Authority, ClientId, ClientSecret...; Keycloak in the original).
            auth.AddOpenIdConnect(o =>
            {
                configuration.GetSection("Web:Oidc").Bind(o);
                o.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                o.ResponseType = "code";
                o.SaveTokens = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.TokenValidationParameters.RoleClaimType = "roles";
            });
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build())
            .AddPolicy(AgentRoles.AdminPolicy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser()
                .RequireAssertion(ctx => AgentClaims.From(ctx.User)?.IsAdmin == true));
        return services;
    }

    /// <summary>API and script clients get a status code; browsers asking for a page are redirected.</summary>
    private static Task Refuse(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (IsApi(ctx.Request))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsApi(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !request.HasFormContentType
        || !request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal);
}
