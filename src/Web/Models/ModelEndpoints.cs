using SignauxFaibles.Web.Components;
using SignauxFaibles.Web.Http;

namespace SignauxFaibles.Web.Models;

/// <summary>
/// <c>/modele</c>: the page on the model the cluster scores with (its id and its evaluation report with
/// figures), and <c>/modele/figures/{name}</c> the report's PNG figures. Every signed-in agent: the report
/// holds aggregate figures only, no firm.
/// </summary>
public static class ModelEndpoints
{
    public static void MapModelPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/modele", async (HttpContext http, ActiveModelReader model, CancellationToken ct) =>
        {
            var id = await model.ActiveIdAsync(ct);
            var report = await model.ActiveReportAsync(ct);
            return Pages.Render<ModelPage>(new Dictionary<string, object?>
            {
                [nameof(ModelPage.Agent)] = Pages.AgentOf(http),
                [nameof(ModelPage.ModelId)] = id,
                [nameof(ModelPage.ReportHtml)] = report is null ? null : ModelReportHtml.Render(report),
            });
        }).ExcludeFromDescription();

        app.MapGet("/modele/figures/{name}", async (string name, ActiveModelReader model, CancellationToken ct) =>
            await model.ActiveReportAsync(ct) is { } report && report.Figures.TryGetValue(name, out var png)
                ? Results.File(png, "image/png")
                : Results.NotFound()).ExcludeFromDescription();
    }
}
