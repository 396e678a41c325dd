using Markdig;
using SignauxFaibles.Contracts;

namespace SignauxFaibles.Web.Models;

/// <summary>
/// The active model's evaluation report as HTML for the model page: Markdown rendered by Markdig (pipe
/// tables; raw HTML in the report is not passed through), figures pointed at <c>/modele/figures/</c>.
/// </summary>
public static class ModelReportHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    public static string Render(ModelReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var markdown = report.Markdown;
        foreach (var figure in report.Figures.Keys)
        {
            markdown = markdown.Replace($"]({figure})", $"](/modele/figures/{figure})", StringComparison.Ordinal);
        }

        return Markdown.ToHtml(markdown, Pipeline);
    }
}
