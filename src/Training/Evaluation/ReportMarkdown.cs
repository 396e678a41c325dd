using System.Globalization;
using System.Text;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>Renders an <see cref="EvaluationReport"/> for people (evaluation.md).</summary>
internal static class ReportMarkdown
{
    public static string Render(EvaluationReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var s = new StringBuilder();
        Line(s, $"# Model {r.ModelId}: evaluation");
        Line(s, "");
        Line(s, $"- Learner kept: `{r.Learner}`");
        Line(s, $"- Source: `{r.Source}`");
        Line(s, $"- Target: {r.Target}");
        Line(s, $"- Split: {r.Split}");
        Line(s, $"- Training months: {r.TrainingWindow}; evaluation months: {r.EvaluationWindow}");
        Line(s, $"- Thresholds: red (élevé) {r.Thresholds.Eleve:G4}, orange (modéré) {r.Thresholds.Modere:G4}, hysteresis {r.Thresholds.Hysteresis:G4} — {r.ThresholdRule}");
        Line(s, "");
        Line(s, "## Rows");
        Line(s, "");
        Line(s, "| set | firm-months | positives | rate | firms |");
        Line(s, "|---|---:|---:|---:|---:|");
        foreach (var (name, c) in r.Rows)
        {
            Line(s, $"| {name} | {c.Rows:N0} | {c.Positives:N0} | {(c.Rows == 0 ? 0 : (double)c.Positives / c.Rows):P2} | {c.Firms:N0} |");
        }

        Line(s, "");
        Line(s, "## Learners compared (validation)");
        Line(s, "");
        Line(s, "| learner | training time | ROC AUC | AUCPR | kept | note |");
        Line(s, "|---|---:|---:|---:|---|---|");
        foreach (var l in r.Learners)
        {
            Line(s, $"| `{l.Learner}` | {l.TrainSeconds:F1} s | {l.ValidationRocAuc:F4} | {l.ValidationAucPr:F4} | {(l.Kept ? "yes" : "")} | {l.Note} |");
        }

        Comparison(s, "Out-of-time evaluation, in bonis, signaux forts excluded (headline)", r.WithoutAfterJudgment);
        Comparison(s, "Out-of-time evaluation, signaux forts included", r.WithAfterJudgment);
        Comparison(s, "Validation (where thresholds are chosen)", r.Validation);

        if (r.Figures.Count > 0 || r.Brier.Count > 0)
        {
            Line(s, "");
            Line(s, "## Curves and Brier score (headline evaluation rows)");
            Line(s, "");
            if (r.Brier.Count > 0)
            {
                Line(s, "| scorer | Brier score (lower is better) |");
                Line(s, "|---|---:|");
                foreach (var (scorer, brier) in r.Brier)
                {
                    Line(s, $"| {scorer} | {brier:F5} |");
                }

                Line(s, "");
            }

            foreach (var figure in r.Figures)
            {
                Line(s, $"![{Path.GetFileNameWithoutExtension(figure)}]({figure})");
                Line(s, "");
            }
        }

        Line(s, "");
        Line(s, "## Calibration (evaluation rows, deciles of predicted risk)");
        Line(s, "");
        Line(s, "| decile | rows | score range | mean predicted | observed |");
        Line(s, "|---:|---:|---|---:|---:|");
        foreach (var b in r.Calibration)
        {
            Line(s, $"| {b.Decile} | {b.Rows:N0} | {b.MinScore:F4}..{b.MaxScore:F4} | {b.MeanPredicted:P2} | {b.ObservedRate:P2} |");
        }

        Line(s, "");
        Line(s, "## The original system's published figures (domain.md §5, real data, for reference)");
        Line(s, "");
        Line(s, "| system | ROC AUC | AUCPR | red precision | red recall | orange precision | orange recall |");
        Line(s, "|---|---:|---:|---:|---:|---:|---:|");
        foreach (var p in r.Published)
        {
            Line(s, $"| {p.System} | {N(p.RocAuc)} | {N(p.AucPr)} | {N(p.RedPrecision)} | {N(p.RedRecall)} | {N(p.OrangePrecision)} | {N(p.OrangeRecall)} |");
        }

        Line(s, "");
        Line(s, "## Timings (seconds)");
        Line(s, "");
        foreach (var (k, v) in r.TimingsSeconds)
        {
            Line(s, $"- {k}: {v:F1}");
        }

        if (r.Notes.Count > 0)
        {
            Line(s, "");
            Line(s, "## Notes");
            Line(s, "");
            foreach (var n in r.Notes)
            {
                Line(s, $"- {n}");
            }
        }

        return s.ToString();
    }

    private static void Comparison(StringBuilder s, string title, ScorerComparison c)
    {
        Line(s, "");
        Line(s, $"## {title}");
        Line(s, "");
        Line(s, $"Rows: {c.Rows}. Each scorer uses its own F0.5 / F2 thresholds chosen on validation.");
        Line(s, "");
        Line(s, "| scorer | rows | positives | ROC AUC | AUCPR | red threshold | red precision | red recall | orange threshold | orange precision | orange recall |");
        Line(s, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Row(s, "model", c.Model);
        if (c.Oracle is { } o)
        {
            Row(s, "oracle (simulator's true hazard)", o);
        }

        Row(s, "transparent scorer", c.Transparent);
    }

    private static void Row(StringBuilder s, string name, ScoreMetrics m) =>
        Line(s, $"| {name} | {m.Rows:N0} | {m.Positives:N0} | {m.RocAuc:F4} | {m.AucPr:F4} | {m.Red.Threshold:G4} | {m.Red.Precision:F3} | {m.Red.Recall:F3} | {m.Orange.Threshold:G4} | {m.Orange.Precision:F3} | {m.Orange.Recall:F3} |");

    private static string N(double v) => double.IsNaN(v) ? "—" : v.ToString("F2", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder s, string text) => s.Append(text).Append('\n');
}
