using ScottPlot;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>
/// The report's figures, drawn with ScottPlot as PNG files beside evaluation.md: ROC and precision-recall
/// curves of every scorer on the evaluation rows, the model's reliability diagram (calibration deciles), and
/// the model's mean |SHAP| by explanation group.
/// </summary>
public static class ReportPlots
{
    public const string RocFile = "roc.png";
    public const string PrecisionRecallFile = "precision-recall.png";
    public const string CalibrationFile = "calibration.png";
    public const string ShapGroupsFile = "shap-groups.png";

    private const int Width = 720;
    private const int Height = 540;

    /// <summary>The figures by file name (the SHAP bar chart when <paramref name="shap"/> has groups).</summary>
    public static IReadOnlyDictionary<string, byte[]> Draw(IReadOnlyList<ScoredRows> scorers, IReadOnlyList<CalibrationBin> calibration, IReadOnlyList<GroupImportance>? shap = null)
    {
        ArgumentNullException.ThrowIfNull(scorers);
        ArgumentNullException.ThrowIfNull(calibration);
        var figures = new Dictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [RocFile] = Roc(scorers),
            [PrecisionRecallFile] = PrecisionRecall(scorers),
            [CalibrationFile] = Calibration(calibration),
        };
        if (shap is { Count: > 0 })
        {
            figures[ShapGroupsFile] = ShapGroups(shap);
        }

        return figures;
    }

    private static byte[] ShapGroups(IReadOnlyList<GroupImportance> groups)
    {
        var plot = new Plot();

        // Horizontal bars, first group on top, so the French labels fit on the left axis.
        var positions = Enumerable.Range(0, groups.Count).Select(i => (double)(groups.Count - 1 - i)).ToArray();
        var bars = plot.Add.Bars(positions, groups.Select(g => g.MeanAbsShap).ToArray());
        bars.Horizontal = true;
        plot.Axes.Left.SetTicks(positions, [.. groups.Select(g => g.Label)]);
        plot.Axes.Margins(left: 0);
        plot.Title("Mean |SHAP| by explanation group (model, out of time)");
        plot.XLabel("mean |SHAP| of the group (log-odds)");
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    private static byte[] Roc(IReadOnlyList<ScoredRows> scorers)
    {
        var plot = new Plot();
        foreach (var s in scorers)
        {
            var (fpr, tpr) = Curves.Roc(s.Scores, s.Labels);
            var (x, y) = Curves.Thin(fpr, tpr);
            Line(plot, x, y, $"{s.Scorer} (AUC {Metrics.RocAuc(s.Scores, s.Labels):F3})");
        }

        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.LinePattern = LinePattern.Dashed;
        chance.Color = Colors.Gray;
        return Render(plot, "ROC, out-of-time evaluation rows", "false positive rate", "true positive rate", Alignment.LowerRight);
    }

    private static byte[] PrecisionRecall(IReadOnlyList<ScoredRows> scorers)
    {
        var plot = new Plot();
        foreach (var s in scorers)
        {
            var (recall, precision) = Curves.PrecisionRecall(s.Scores, s.Labels);
            var (x, y) = Curves.Thin(recall, precision);
            Line(plot, x, y, $"{s.Scorer} (AUCPR {Metrics.AveragePrecision(s.Scores, s.Labels):F3})");
        }

        if (scorers.Count > 0 && scorers[0].Labels.Length > 0)
        {
            var rate = scorers[0].Labels.Count(l => l) / (double)scorers[0].Labels.Length;
            var baseRate = plot.Add.Line(0, rate, 1, rate);
            baseRate.LinePattern = LinePattern.Dashed;
            baseRate.Color = Colors.Gray;
        }

        return Render(plot, "Precision-recall, out-of-time evaluation rows", "recall", "precision", Alignment.UpperRight);
    }

    private static byte[] Calibration(IReadOnlyList<CalibrationBin> bins)
    {
        var plot = new Plot();
        var max = bins.Count == 0 ? 1 : Math.Max(bins.Max(b => b.MeanPredicted), bins.Max(b => b.ObservedRate));
        var perfect = plot.Add.Line(0, 0, max, max);
        perfect.LinePattern = LinePattern.Dashed;
        perfect.Color = Colors.Gray;
        perfect.LegendText = "perfectly calibrated";
        var model = plot.Add.Scatter(bins.Select(b => b.MeanPredicted).ToArray(), bins.Select(b => b.ObservedRate).ToArray());
        model.LegendText = "model, deciles of predicted risk";
        model.MarkerSize = 7;
        return Render(plot, "Reliability diagram, out-of-time evaluation rows", "mean predicted probability", "observed rate", Alignment.UpperLeft);
    }

    private static void Line(Plot plot, double[] x, double[] y, string label)
    {
        var line = plot.Add.ScatterLine(x, y);
        line.LegendText = label;
        line.LineWidth = 2;
    }

    private static byte[] Render(Plot plot, string title, string x, string y, Alignment legend)
    {
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.Axes.SetLimits(0, null, 0, null);
        plot.ShowLegend(legend);
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
