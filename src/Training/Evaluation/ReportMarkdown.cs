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

        if (r.Baseline is { } baseline)
        {
            Line(s, $"| `{baseline.Learner}` | {baseline.TrainSeconds:F1} s | {baseline.ValidationRocAuc:F4} | {baseline.ValidationAucPr:F4} | | {baseline.Note} |");
        }

        Search(s, r);

        Comparison(s, "Out-of-time evaluation, in bonis, signaux forts excluded (headline)", r.WithoutAfterJudgment);
        Comparison(s, "Out-of-time evaluation, signaux forts included", r.WithAfterJudgment);
        Comparison(s, "Validation (where thresholds are chosen)", r.Validation);
        if (r.SignauxForts is { } sf)
        {
            Comparison(s, "Signaux forts apart (open procédure or closed, evaluation window)", sf);
        }

        Emitted(s, r);
        Segments(s, r);
        Shap(s, r);

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
        if (c.Logistic is { } l)
        {
            Row(s, "logistic baseline", l);
        }

        Line(s, "");
        Line(s, "F-scores at the same thresholds (score >= threshold, no hysteresis):");
        Line(s, "");
        Line(s, "| scorer | red F0.5 | red F2 | orange F0.5 | orange F2 |");
        Line(s, "|---|---:|---:|---:|---:|");
        FRow(s, "model", c.Model);
        if (c.Oracle is { } o2)
        {
            FRow(s, "oracle", o2);
        }

        FRow(s, "transparent scorer", c.Transparent);
        if (c.Logistic is { } l2)
        {
            FRow(s, "logistic baseline", l2);
        }
    }

    private static void FRow(StringBuilder s, string name, ScoreMetrics m) =>
        Line(s, $"| {name} | {m.Red.F05:F3} | {m.Red.F2:F3} | {m.Orange.F05:F3} | {m.Orange.F2:F3} |");

    private static void Search(StringBuilder s, EvaluationReport r)
    {
        if (r.Search.Count == 0)
        {
            return;
        }

        Line(s, "");
        Line(s, "## Hyper-parameter search (validation rows only)");
        Line(s, "");
        Line(s, $"Rule: {r.SearchRule}. Candidate 1 is the run's own settings; the others are drawn from the grid in an order fixed by the learners' seed.");
        Line(s, "");
        Line(s, "| # | candidate | training time | validation ROC AUC | validation AUCPR | kept | note |");
        Line(s, "|---:|---|---:|---:|---:|---|---|");
        foreach (var c in r.Search)
        {
            Line(s, $"| {c.Rank} | `{c.Learner}` | {c.TrainSeconds:F1} s | {c.ValidationRocAuc:F4} | {c.ValidationAucPr:F4} | {(c.Kept ? "**kept**" : "")} | {c.Note} |");
        }
    }

    private static void Emitted(StringBuilder s, EvaluationReport r)
    {
        if (r.EmittedLevels.Count == 0)
        {
            return;
        }

        Line(s, "");
        Line(s, "## Alert levels as emitted (hysteresis included), headline evaluation rows");
        Line(s, "");
        Line(s, $"How: {r.EmittedLevelsRule}.");
        Line(s, "");
        Line(s, "| scorer | red entry / exit | orange entry / exit | red alerts | red precision | red recall | red F0.5 | red F2 | orange+ alerts | orange+ precision | orange+ recall | orange+ F0.5 | orange+ F2 |");
        Line(s, "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var e in r.EmittedLevels)
        {
            var t = e.Thresholds;
            Line(s, $"| {e.Scorer} | {t.Eleve:G4} / {t.ExitOf(Domain.Alerts.AlertLevel.Eleve):G4} | {t.Modere:G4} / {t.ExitOf(Domain.Alerts.AlertLevel.Modere):G4} | "
                + $"{e.Red.Alerts:N0} | {e.Red.Precision:F3} | {e.Red.Recall:F3} | {e.Red.F05:F3} | {e.Red.F2:F3} | "
                + $"{e.Orange.Alerts:N0} | {e.Orange.Precision:F3} | {e.Orange.Recall:F3} | {e.Orange.F05:F3} | {e.Orange.F2:F3} |");
        }
    }

    private static void Segments(StringBuilder s, EvaluationReport r)
    {
        if (r.Segments.Count == 0)
        {
            return;
        }

        var scorers = r.Segments[0].RocAuc.Keys.ToList();
        foreach (var dimension in r.Segments.Select(x => x.Dimension).Distinct(StringComparer.Ordinal))
        {
            Line(s, "");
            Line(s, $"## By {dimension} (headline evaluation rows)");
            Line(s, "");
            Line(s, $"| segment | rows | positives | base rate | {string.Join(" | ", scorers.Select(x => $"{x} AUC | {x} AUCPR"))} |");
            Line(s, $"|---|---:|---:|---:|{string.Concat(scorers.Select(_ => "---:|---:|"))}");
            foreach (var g in r.Segments.Where(x => x.Dimension == dimension))
            {
                Line(s, $"| {g.Segment} | {g.Rows:N0} | {g.Positives:N0} | {g.BaseRate:P2} | {string.Join(" | ", scorers.Select(x => $"{N4(g.RocAuc[x])} | {N4(g.AucPr[x])}"))} |");
            }
        }
    }

    private static void Shap(StringBuilder s, EvaluationReport r)
    {
        if (r.ShapByGroup.Count == 0)
        {
            return;
        }

        Line(s, "");
        Line(s, "## Feature importance: mean |SHAP| by explanation group (model, headline evaluation rows)");
        Line(s, "");
        Line(s, "The group's SHAP value of a row is the sum of its features' TreeSHAP contributions (log-odds), as in the firm page's waterfall; the table gives its mean absolute value.");
        Line(s, "");
        Line(s, "| group | mean \\|SHAP\\| (log-odds) | share |");
        Line(s, "|---|---:|---:|");
        foreach (var g in r.ShapByGroup)
        {
            Line(s, $"| {g.Label} | {g.MeanAbsShap:F4} | {g.Share:P1} |");
        }
    }

    private static string N4(double v) => double.IsNaN(v) ? "—" : v.ToString("F4", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder s, string name, ScoreMetrics m) =>
        Line(s, $"| {name} | {m.Rows:N0} | {m.Positives:N0} | {m.RocAuc:F4} | {m.AucPr:F4} | {m.Red.Threshold:G4} | {m.Red.Precision:F3} | {m.Red.Recall:F3} | {m.Orange.Threshold:G4} | {m.Orange.Precision:F3} | {m.Orange.Recall:F3} |");

    private static string N(double v) => double.IsNaN(v) ? "—" : v.ToString("F2", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder s, string text) => s.Append(text).Append('\n');
}
