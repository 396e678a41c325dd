using SignauxFaibles.Domain.Scoring.Trees;
using SignauxFaibles.Models;
using SignauxFaibles.Training.Evaluation;
using SignauxFaibles.Training.Learning;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training;

/// <summary>A finished run: the artifact written, its report, and (for tests) the panel and the kept learner.</summary>
internal sealed record TrainingResult(
    string Directory,
    ModelManifest Manifest,
    EvaluationReport Report,
    TreeEnsemble Ensemble,
    TrainedLearner Kept,
    FeaturePanel Panel,
    RowSet Train,
    RowSet Validation,
    RowSet Evaluation);
