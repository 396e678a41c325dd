using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Training.Learning;

/// <summary>
/// The baseline of the original Signaux Faibles 2021 model: a logistic regression (ML.NET L-BFGS, L2) on
/// standardised features. Missing values are encoded as for FastTree (zero-filled plus one "is missing"
/// indicator per feature), the withheld features are given as missing, then every column is standardised
/// (mean 0, variance 1, on the training rows) and clipped to ±<see cref="Clip"/> standard deviations, so the
/// heavy tails of the ratios do not drive the fit. It is fitted on at most <see cref="MaxRows"/> training
/// rows drawn with the learners' seed (a few hundred weights need no more; it keeps a 100k-firm run's memory
/// and time small), and is shown in the report beside the model; it is never exported or kept.
/// </summary>
internal sealed class LogisticBaseline
{
    public const int MaxRows = 200_000;
    public const float Clip = 5;
    public const float L2 = 1f;

    private readonly ITransformer _model;
    private readonly IReadOnlyList<int> _withheld;
    private readonly double[] _mean;
    private readonly double[] _scale;

    private LogisticBaseline(ITransformer model, IReadOnlyList<int> withheld, double[] mean, double[] scale, string description, int rows, TimeSpan elapsed)
    {
        _model = model;
        _withheld = withheld;
        _mean = mean;
        _scale = scale;
        Description = description;
        Rows = rows;
        Elapsed = elapsed;
    }

    /// <summary>Columns the regression sees: each feature (zero-filled) then each feature's "is missing" indicator.</summary>
    public static int Width => 2 * FeatureSchema.Count;

    public string Description { get; }

    /// <summary>Training rows the fit used (at most <see cref="MaxRows"/>).</summary>
    public int Rows { get; }

    public TimeSpan Elapsed { get; }

    public static LogisticBaseline Train(LearnerSettings settings, RowSet train, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(train);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = Stopwatch.StartNew();
        var withheld = Learners.IndexesOf(settings.WithheldFeatures);
        var sample = Sample(train, MaxRows, settings.Seed);
        var (mean, scale) = Moments(sample, withheld);
        cancellationToken.ThrowIfCancellationRequested();
        var ml = new MLContext(settings.Seed);
        var data = ml.Data.Cache(Load(ml, sample, withheld, mean, scale));
        var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = Learners.LabelColumn,
            FeatureColumnName = Learners.FeaturesColumn,
            L2Regularization = L2,
            L1Regularization = 0,
            NumberOfThreads = settings.Threads,
        }).Fit(data);
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"LogisticRegression(L-BFGS, L2={L2}, standardised, clipped at ±{Clip} sd, missing = 0 + indicator, {sample.Count:N0} training rows, seed={settings.Seed})");
        return new LogisticBaseline(model, withheld, mean, scale, description, sample.Count, clock.Elapsed);
    }

    /// <summary>The baseline's probabilities for a row set, in its order.</summary>
    public double[] Score(RowSet rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ml = new MLContext(0);
        var scored = _model.Transform(Load(ml, rows, _withheld, _mean, _scale));
        var result = new double[rows.Count];
        var i = 0;
        foreach (var p in scored.GetColumn<float>("Probability"))
        {
            result[i++] = p;
        }

        return result;
    }

    /// <summary>At most <paramref name="max"/> rows drawn without replacement with <paramref name="seed"/>, in row order.</summary>
    public static RowSet Sample(RowSet rows, int max, int seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count <= max)
        {
            return rows;
        }

        var picked = new int[rows.Count];
        for (var i = 0; i < picked.Length; i++)
        {
            picked[i] = i;
        }

        new Random(seed).Shuffle(picked);
        var kept = picked[..max];
        Array.Sort(kept);
        return new RowSet(rows.Panel, [.. kept.Select(i => rows.Rows[i])], [.. kept.Select(i => rows.Labels[i])]);
    }

    /// <summary>One row as the regression sees it before standardisation: values with NaN as 0, then the missing indicators.</summary>
    public static void Encode(ReadOnlySpan<float> features, IReadOnlyList<int> withheld, Span<float> encoded)
    {
        var n = features.Length;
        for (var k = 0; k < n; k++)
        {
            var v = features[k];
            var missing = !float.IsFinite(v);
            encoded[k] = missing ? 0 : v;
            encoded[n + k] = missing ? 1 : 0;
        }

        foreach (var f in withheld)
        {
            encoded[f] = 0;
            encoded[n + f] = 1;
        }
    }

    private static (double[] Mean, double[] Scale) Moments(RowSet rows, IReadOnlyList<int> withheld)
    {
        var sum = new double[Width];
        var squares = new double[Width];
        var encoded = new float[Width];
        for (var i = 0; i < rows.Count; i++)
        {
            Encode(rows.Features(i), withheld, encoded);
            for (var k = 0; k < Width; k++)
            {
                sum[k] += encoded[k];
                squares[k] += (double)encoded[k] * encoded[k];
            }
        }

        var mean = new double[Width];
        var scale = new double[Width];
        for (var k = 0; k < Width; k++)
        {
            mean[k] = rows.Count == 0 ? 0 : sum[k] / rows.Count;
            var variance = rows.Count == 0 ? 0 : Math.Max(0, (squares[k] / rows.Count) - (mean[k] * mean[k]));
            var sd = Math.Sqrt(variance);
            scale[k] = sd > 0 && double.IsFinite(sd) ? 1 / sd : 0;
        }

        return (mean, scale);
    }

    private static IDataView Load(MLContext ml, RowSet rows, IReadOnlyList<int> withheld, double[] mean, double[] scale)
    {
        var schema = SchemaDefinition.Create(typeof(PanelRow));
        schema[Learners.FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, Width);
        return ml.Data.LoadFromEnumerable(Standardised(rows, withheld, mean, scale), schema);
    }

    private static IEnumerable<PanelRow> Standardised(RowSet rows, IReadOnlyList<int> withheld, double[] mean, double[] scale)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            var x = new float[Width];
            Encode(rows.Features(i), withheld, x);
            for (var k = 0; k < Width; k++)
            {
                var z = (x[k] - mean[k]) * scale[k];
                x[k] = double.IsFinite(z) ? (float)Math.Clamp(z, -Clip, Clip) : 0f;
            }

            yield return new PanelRow { Features = x, Label = rows.Labels[i] };
        }
    }
}
