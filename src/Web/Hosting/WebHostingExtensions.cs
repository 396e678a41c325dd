using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SignauxFaibles.Web.Alerts;
using SignauxFaibles.Web.Audit;
using SignauxFaibles.Web.Data;
using SignauxFaibles.Web.Firms;
using SignauxFaibles.Web.Http;
using SignauxFaibles.Web.Lists;
using SignauxFaibles.Web.Models;
using SignauxFaibles.Web.Security;
using SignauxFaibles.Web.Suivi;
using SignauxFaibles.Domain.Wire;

namespace SignauxFaibles.Web.Hosting;

/// <summary>
/// The composition of the agents' web app into a host that already has an Orleans client (the silo's
/// embedded run, or src/Web.Host against a cluster).
/// </summary>
public static class WebHostingExtensions
{
    /// <summary>Options, authentication and authorization, the web store, the live feed, pages and OpenAPI.</summary>
    public static WebApplicationBuilder AddSignauxFaiblesWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebOptions>().Bind(builder.Configuration.GetSection(WebOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebOptions>, WebOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(o => JsonConventions.ApplyHttp(o.SerializerOptions));
        services.AddAgentAuthentication(builder.Configuration);
        services.AddAntiforgery(o => o.FormFieldName = "__sf_csrf");
        services.AddRazorComponents();
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Signaux Faibles – API des agents";
            doc.Info.Description = "Les données de chaque écran, avec les mêmes droits que les pages (rôle x zone).";
            return Task.CompletedTask;
        }));

        var store = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>()?.Store ?? new WebStoreOptions();
        services.AddDbContext<WebDbContext>(o =>
        {
            if (store.Provider == "Postgres")
            {
                o.UseNpgsql(store.ConnectionString);
            }
            else
            {
                o.UseSqlite(store.ConnectionString);
            }
        });
        services.AddHostedService<WebStoreInitializer>();
        services.AddScoped<FirmReader>();
        services.AddScoped<FirmGate>();
        services.AddScoped<SuiviStore>();
        services.AddScoped<SuiviActions>();
        services.AddScoped<AuditLog>();
        services.AddScoped<ListService>();
        services.AddSingleton<LiveAlertFeed>();
        services.AddSingleton<Models.ActiveModelReader>();
        services.AddHostedService(sp => sp.GetRequiredService<LiveAlertFeed>());
        return builder;
    }

    /// <summary>
    /// The middleware (authentication, authorization, antiforgery) and every endpoint of the app. Endpoints
    /// mapped before this call (the silo's own JSON endpoints) keep their own authorization metadata; the
    /// fallback policy requires an authenticated agent on every endpoint that states none.
    /// </summary>
    public static WebApplication UseSignauxFaiblesWeb(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        app.MapStaticAssets();
        app.MapSignInEndpoints();
        app.MapSearchEndpoints();
        app.MapFirmEndpoints();
        app.MapSuiviEndpoints();
        app.MapAlertEndpoints();
        app.MapAuditEndpoints();
        app.MapListEndpoints();
        app.MapModelPages();
        return app;
    }
}
