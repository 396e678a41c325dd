using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace SignauxFaibles.Web.Http;

/// <summary>
/// Serves the vendored design system, chart library and the app's own CSS/JS, embedded in this assembly
/// (src/Web/Assets), under <c>/static</c>: the same files whichever host mounts the app, no CDN.
/// </summary>
internal static class StaticAssets
{
    private const string Prefix = "sf-assets/";
    private static readonly Assembly Assembly = typeof(StaticAssets).Assembly;
    private static readonly FileExtensionContentTypeProvider Types = new();
    private static readonly FrozenSet<string> Names = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .ToFrozenSet(StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapStaticAssets(this IEndpointRouteBuilder app)
    {
        app.MapGet("/static/{**path}", (HttpContext http, string path) =>
        {
            if (!Names.Contains(path) || Assembly.GetManifestResourceStream(Prefix + path) is not { } stream)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            var type = Types.TryGetContentType(path, out var t) ? t : "application/octet-stream";
            return Results.Stream(stream, type);
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
