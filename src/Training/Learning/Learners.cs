using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Training.Learning;

/// <summary>Trains one ML.NET tree learner on a row set and exports it to the pure ensemble.</summary>
internal static class Learners
{
    public const string FeaturesColumn = "Features";
    public const string LabelColumn = "Label";
    private const string MissingColumn = "Missing";
    private const string MissingFloatColumn = "MissingF";
    private const string EncodedColumn = "Encoded";

    /// <summary>The feature names, in the panel's (and so the ensemble's) order: the whole schema.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = [.. FeatureSchema.All.Select(f => f.Name)];

    public static IDataView Load(MLContext ml, RowSet rows, IReadOnlyList<int>? withheld = null)
    {
        var schema = SchemaDefinition.Create(typeof(PanelRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, FeatureSchema.Count);
        return ml.Data.LoadFromEnumerable(rows.Examples(withheld), schema);
    }

    /// <summary>The first of <paramref name="names"/> that is not a feature of the schema, or null.</summary>
    public static string? FirstUnknown(IEnumerable<string> names) => names.FirstOrDefault(n => FeatureSchema.IndexOf(n) < 0);

    /// <summary>The schema indexes of <paramref name="names"/>; an unknown name is an error naming it.</summary>
    public static IReadOnlyList<int> IndexesOf(IReadOnlyCollection<string> names) =>
        FirstUnknown(names) is { } unknown
            ? throw new ArgumentException($"unknown feature '{unknown}' (see FeatureSchema)", nameof(names))
            : [.. names.Select(FeatureSchema.IndexOf)];

    public static TrainedLearner Train(LearnerKind kind, LearnerSettings settings, RowSet train, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(train);
        var clock = Stopwatch.StartNew();
        var ml = new MLContext(settings.Seed);
        cancellationToken.ThrowIfCancellationRequested();
        var data = Load(ml, train, IndexesOf(settings.WithheldFeatures));
        var ensemble = kind switch
        {
            // FastTree drops every row with a NaN, so missing values are encoded in the pipeline itself:
            // zero-filled values plus one "is missing" indicator per feature (the exporter folds them back).
            LearnerKind.FastTree => Fit(
                ml.Transforms.IndicateMissingValues(MissingColumn, FeaturesColumn)
                    .Append(ml.Transforms.Conversion.ConvertType(MissingFloatColumn, MissingColumn, DataKind.Single))
                    .Append(ml.Transforms.ReplaceMissingValues(FeaturesColumn, replacementMode: MissingValueReplacingEstimator.ReplacementMode.DefaultValue))
                    .Append(ml.Transforms.Concatenate(EncodedColumn, FeaturesColumn, MissingFloatColumn))
                    .Append(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
                    {
                        LabelColumnName = LabelColumn,
                        FeatureColumnName = EncodedColumn,
                        NumberOfTrees = settings.Trees,
                        NumberOfLeaves = settings.Leaves,
                        MinimumExampleCountPerLeaf = settings.MinLeafExamples,
                        LearningRate = settings.LearningRate,
                        Seed = settings.Seed,
                        NumberOfThreads = settings.Threads,
                        UnbalancedSets = settings.Unbalanced,
                    })),
                data,
                train,
                MissingEncoding.ZeroFilledWithIndicators),
            LearnerKind.LightGbm => Fit(
                ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
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
                    UnbalancedSets = settings.Unbalanced,
                }),
                data,
                train,
                MissingEncoding.Native),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a boosted learner this trainer exports"),
        };
        return new TrainedLearner(kind, settings.Describe(kind), ensemble.Model, data.Schema, ensemble.Ensemble, clock.Elapsed);
    }

    private static (ITransformer Model, Domain.Scoring.Trees.TreeEnsemble Ensemble) Fit<TModel>(
        IEstimator<TModel> pipeline, IDataView data, RowSet train, MissingEncoding encoding)
        where TModel : class, ITransformer
    {
        var model = pipeline.Fit(data);
        var last = model is IEnumerable<ITransformer> chain ? chain.Last() : model;
        if (last is not IPredictionTransformer<object> predictor)
        {
            throw new NotSupportedException("the pipeline does not end with a predictor");
        }

        var parameters = predictor.Model;
        var subModel = TreeExporter.Member(parameters, "SubModel");
        if (subModel is null || TreeExporter.Member(parameters, "Calibrator") is not PlattCalibrator platt)
        {
            throw new NotSupportedException($"{parameters.GetType().Name} is not a Platt-calibrated model");
        }

        var ensemble = TreeExporter.Export(subModel, platt, FeatureNames, encoding, train);
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
