using Microsoft.ML;
using SignauxFaibles.Domain.Scoring.Trees;

namespace SignauxFaibles.Training.Learning;

/// <summary>A learner's result: the ML.NET model, its export to the pure ensemble, and how long it took.</summary>
internal sealed record TrainedLearner(LearnerKind Kind, string Description, ITransformer Model, DataViewSchema InputSchema, TreeEnsemble Ensemble, TimeSpan Elapsed);
