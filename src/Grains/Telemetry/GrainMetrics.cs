using System.Diagnostics.Metrics;
using System.Text.Json;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Grains.Models;

namespace SignauxFaibles.Grains.Telemetry;

/// <summary>
/// The firm grains' meter, <see cref="MeterName"/>: batches applied, alerts emitted by level and transition,
/// how long scoring, explaining and writing the state take, the entries waiting in the outboxes of this
/// silo's activations, and the active model version. One per silo (created through <see cref="IMeterFactory"/>).
/// Tags never carry a SIREN. The names and the alerts an operator sets on them are in docs/operations.md.
/// </summary>
public sealed class GrainMetrics
{
    public const string MeterName = "SignauxFaibles.Grains";

    /// <summary>Outbox kind tag: alert events (to the alert board and the alerts topic).</summary>
    public const string AlertOutbox = "alert";

    /// <summary>Outbox kind tag: score changes (to the scores topic).</summary>
    public const string ScoreOutbox = "score";

    private static readonly double[] SecondsBuckets = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

    private static readonly Dictionary<AlertLevel, string> LevelCodes =
        Enum.GetValues<AlertLevel>().ToDictionary(l => l, l => JsonNamingPolicy.SnakeCaseLower.ConvertName(l.ToString()));

    private readonly Counter<long> applies;
    private readonly Counter<long> alerts;
    private readonly Histogram<double> scoreDuration;
    private readonly Histogram<double> explanationDuration;
    private readonly Histogram<double> writeDuration;
    private readonly UpDownCounter<long> outbox;

    public GrainMetrics(IMeterFactory meterFactory, ActiveModel activeModel)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(activeModel);
        Meter = meterFactory.Create(MeterName);
        applies = Meter.CreateCounter<long>("sf.grains.firm.applies", "{call}", "Batches applied by firm grains, by whether the firm's history changed (changed: scored and written)");
        alerts = Meter.CreateCounter<long>("sf.grains.alerts", "{alert}", "Alert events emitted, by level and previous level");
        scoreDuration = Meter.CreateHistogram<double>("sf.grains.score.duration", "s", "Time to compute a firm's features and score them (one evaluation)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        explanationDuration = Meter.CreateHistogram<double>("sf.grains.explanation.duration", "s", "Time to build a firm's score explanation for its page",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        writeDuration = Meter.CreateHistogram<double>("sf.grains.state.write.duration", "s", "Time of a firm state write to the grain storage, by outcome",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        outbox = Meter.CreateUpDownCounter<long>("sf.grains.outbox.size", "{entry}", "Entries waiting in the outboxes of this silo's firm activations, by kind (alert, score)");
        Meter.CreateObservableGauge("sf.grains.model.active", () => new Measurement<int>(1, new KeyValuePair<string, object?>("version", activeModel.Current.Model.Id)),
            "{model}", "The model version this silo scores with (value 1, version as tag)");
    }

    public Meter Meter { get; }

    public void Applied(bool changed) => applies.Add(1, new KeyValuePair<string, object?>("changed", changed));

    public void AlertEmitted(AlertLevel level, AlertLevel previous) =>
        alerts.Add(1, new KeyValuePair<string, object?>("level", LevelTag(level)), new KeyValuePair<string, object?>("previous", LevelTag(previous)));

    public void Scored(TimeSpan elapsed) => scoreDuration.Record(elapsed.TotalSeconds);

    public void Explained(TimeSpan elapsed) => explanationDuration.Record(elapsed.TotalSeconds);

    public void StateWritten(TimeSpan elapsed, bool succeeded) =>
        writeDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", succeeded ? "ok" : "failed"));

    /// <summary>An activation's outbox of <paramref name="kind"/> grew or shrank by <paramref name="delta"/> entries.</summary>
    public void OutboxChanged(string kind, int delta)
    {
        if (delta != 0)
        {
            outbox.Add(delta, new KeyValuePair<string, object?>("kind", kind));
        }
    }

    /// <summary>The level as its wire code (snake_case of the name, as in the alerts JSON: pas_d_alerte, modere, eleve).</summary>
    private static string LevelTag(AlertLevel level) =>
        LevelCodes.TryGetValue(level, out var code) ? code : JsonNamingPolicy.SnakeCaseLower.ConvertName(level.ToString());
}
