using SignauxFaibles.Contracts;
using SignauxFaibles.Grains.Models;

namespace SignauxFaibles.Silo.Models;

/// <summary>
/// The model operations over HTTP: <c>GET /models</c> (versions, the active one, each silo's state and
/// re-scoring progress) and <c>POST /models/{id}/activate</c> (cluster-wide; refused with 409 and the reason
/// when the version is unknown or invalid, nothing changed).
/// </summary>
public static class ModelEndpoints
{
    public static IEndpointRouteBuilder MapModelEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/models", async (IGrainFactory grains, ModelSwitchService local, CancellationToken ct) =>
        {
            var registry = grains.GetGrain<IModelRegistryGrain>(ModelRegistry.Key);
            var status = await registry.GetStatusAsync(ct);
            var versions = await registry.ListAsync(ct);
            return Results.Ok(new
            {
                active = status.ActiveId,
                activation = status.Active,
                builtIn = status.BuiltInId,
                history = status.History,
                silos = status.Silos,
                thisSilo = new { rescore = local.Rescore, error = local.Error },
                versions,
            });
        });

        app.MapPost("/models/{id}/activate", async (IGrainFactory grains, string id, CancellationToken ct) =>
        {
            var result = await grains.GetGrain<IModelRegistryGrain>(ModelRegistry.Key).ActivateAsync(id, ct);
            return result.Accepted
                ? Results.Ok(result)
                : Results.Conflict(result);
        });
        return app;
    }
}
