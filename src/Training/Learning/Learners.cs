using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Training.Learning;

/// <summary>Trains one ML.NET tree learner on a row set and exports it to the pure ensemble.</summary>
internal static class Learners
{
    public const string FeaturesColumn = "Features";
    public const string LabelColumn = "Label";

    /// <summary>The feature names, in the panel's (and so the ensemble's) order: the whole schema.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = [.. FeatureSchema.All.Select(f => f.Name)];

    public static IDataView Load(MLContext ml, RowSet rows)
    {
        var schema = SchemaDefinition.Create(typeof(PanelRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureSchema.Count);
        return ml.Data.LoadFromEnumerable(rows.Examples(), schema);
    }

    public static TrainedLearner Train(LearnerKind kind, LearnerSettings settings, RowSet train, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(train);
        var clock = Stopwatch.StartNew();
        var ml = new MLContext(settings.Seed);
        cancellationToken.ThrowIfCancellationRequested();
        var data = Load(ml, train);
        var ensemble = kind switch
        {
            LearnerKind.FastTree => Fit(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                NumberOfTrees = settings.Trees,
                NumberOfLeaves = settings.Leaves,
                MinimumExampleCountPerLeaf = settings.MinLeafExamples,
                LearningRate = settings.LearningRate,
                Seed = settings.Seed,
                NumberOfThreads = settings.Threads,
            }), data, train),
            LearnerKind.LightGbm => Fit(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                NumberOfIterations = settings.Trees,
                NumberOfLeaves = settings.Leaves,
                MinimumExampleCountPerLeaf = settings.MinLeafExamples,
                LearningRate = settings.LearningRate,
                Seed = settings.Seed,
                NumberOfThreads = settings.Threads,
                HandleMissingValue = true,
            }), data, train),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a boosted learner this trainer exports"),
        };
        return new TrainedLearner(kind, settings.Describe(kind), ensemble.Model, data.Schema, ensemble.Ensemble, clock.Elapsed);
    }

    private static (ITransformer Model, Domain.Scoring.Trees.TreeEnsemble Ensemble) Fit<TModel>(
        IEstimator<BinaryPredictionTransformer<CalibratedModelParametersBase<TModel, PlattCalibrator>>> trainer, IDataView data, RowSet train)
        where TModel : class
    {
        var model = trainer.Fit(data);
        var calibrated = model.Model;
        var ensemble = TreeExporter.Export(calibrated.SubModel, calibrated.Calibrator, FeatureNames, train);
        return (model, ensemble);
    }

    /// <summary>ML.NET's own probabilities for a row set (for the parity test and checks).</summary>
    public static float[] Predict(ITransformer model, RowSet rows)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ml = new MLContext(0);
        var scored = model.Transform(Load(ml, rows));
        return [.. scored.GetColumn<float>("Probability")];
    }

    public static byte[] Save(ITransformer model, DataViewSchema schema)
    {
        var ml = new MLContext(0);
        using var stream = new MemoryStream();
        ml.Model.Save(model, schema, stream);
        return stream.ToArray();
    }
}
