using System.Diagnostics.Metrics;

namespace SignauxFaibles.ReadModel.Kafka;

/// <summary>
/// Meter <c>SignauxFaibles.ReadModel</c>: score changes projected from the scores topic and malformed
/// messages skipped (alert on any of the latter: docs/operations.md). The totals are also kept here for
/// health pages and tests.
/// </summary>
public sealed class ScoresProjectionMetrics
{
    public const string MeterName = "SignauxFaibles.ReadModel";

    private readonly Counter<long> _projected;
    private readonly Counter<long> _malformed;
    private long _projectedTotal;
    private long _malformedTotal;

    public ScoresProjectionMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _projected = meter.CreateCounter<long>("sf.readmodel.scores.projected", "{message}", "Score-change messages committed to the read model");
        _malformed = meter.CreateCounter<long>("sf.readmodel.scores.malformed", "{message}", "Scores-topic messages skipped because they are not score changes");
    }

    /// <summary>Messages committed since start.</summary>
    public long Projected => Interlocked.Read(ref _projectedTotal);

    /// <summary>Malformed messages skipped since start.</summary>
    public long Malformed => Interlocked.Read(ref _malformedTotal);

    internal void Committed(int messages, int malformed)
    {
        _projected.Add(messages);
        Interlocked.Add(ref _projectedTotal, messages);
        if (malformed > 0)
        {
            _malformed.Add(malformed);
            Interlocked.Add(ref _malformedTotal, malformed);
        }
    }
}
