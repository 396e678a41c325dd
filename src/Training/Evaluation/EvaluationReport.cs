using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Models;

namespace SignauxFaibles.Training.Evaluation;

/// <summary>The evaluation report written next to a model (evaluation.json; evaluation.md is its rendering).</summary>
public sealed record EvaluationReport
{
    public required string ModelId { get; init; }
    public required string Learner { get; init; }
    public required string Source { get; init; }
    public required string Target { get; init; }
    public required string Split { get; init; }
    public required ModelWindow TrainingWindow { get; init; }
    public required ModelWindow EvaluationWindow { get; init; }
    public required IReadOnlyDictionary<string, RowCount> Rows { get; init; }
    public required IReadOnlyList<LearnerComparison> Learners { get; init; }
    public required AlertThresholds Thresholds { get; init; }
    public required string ThresholdRule { get; init; }
    /// <summary>Out-of-time evaluation, months after a judgment excluded (the headline).</summary>
    public required ScorerComparison WithoutAfterJudgment { get; init; }
    /// <summary>The same window with the months after a judgment (signaux forts) included.</summary>
    public required ScorerComparison WithAfterJudgment { get; init; }
    /// <summary>Validation rows (held-out firms, training months): where thresholds were chosen.</summary>
    public required ScorerComparison Validation { get; init; }
    /// <summary>The signaux forts rows alone (open procédure or closed in the evaluation window), every scorer; null when there are none.</summary>
    public ScorerComparison? SignauxForts { get; init; }
    /// <summary>The logistic baseline's row of the learner comparison (validation), when fitted.</summary>
    public LearnerComparison? Baseline { get; init; }
    /// <summary>Every candidate of the hyper-parameter search (empty without <c>--search</c>).</summary>
    public IReadOnlyList<SearchCandidate> Search { get; init; } = [];
    /// <summary>The rule that picked the kept candidate of the search.</summary>
    public string? SearchRule { get; init; }
    /// <summary>Each scorer's alerts as emitted (hysteresis included) on the headline rows.</summary>
    public IReadOnlyList<EmittedLevelMetrics> EmittedLevels { get; init; } = [];
    /// <summary>How the emitted levels were replayed (months before the window, starting state).</summary>
    public string? EmittedLevelsRule { get; init; }
    /// <summary>Results by NAF section, size band and région on the headline rows.</summary>
    public IReadOnlyList<SegmentResult> Segments { get; init; } = [];
    /// <summary>The kept model's mean |SHAP| by explanation group on the headline rows.</summary>
    public IReadOnlyList<GroupImportance> ShapByGroup { get; init; } = [];
    public required IReadOnlyList<CalibrationBin> Calibration { get; init; }
    /// <summary>Brier score (mean squared error of the probability) of each scorer on the headline evaluation rows.</summary>
    public IReadOnlyDictionary<string, double> Brier { get; init; } = new Dictionary<string, double>();
    /// <summary>The figures beside evaluation.md (PNG file names): ROC, precision-recall, reliability diagram.</summary>
    public IReadOnlyList<string> Figures { get; init; } = [];
    public required IReadOnlyList<PublishedFigures> Published { get; init; }
    public required IReadOnlyDictionary<string, double> TimingsSeconds { get; init; }
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>Rows and positives of one set.</summary>
public sealed record RowCount(long Rows, long Positives, long Firms);
