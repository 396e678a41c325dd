using System.Collections.Concurrent;
using System.Diagnostics;
using SignauxFaibles.Ingest.Telemetry;

namespace SignauxFaibles.Ingest.Tests.Telemetry;

/// <summary>
/// Records every span stopped on the ingest's source, on the tests' own <see cref="Producer"/> source and on
/// the sources whose names start with one of the given prefixes, all sampled, until disposed.
/// </summary>
internal sealed class SpanRecorder : IDisposable
{
    // Listened to by name: a source first touched while the listener is being added is matched too.
    private const string ProducerName = "SignauxFaibles.Tests.Producer";

    private readonly ActivityListener listener;

    public SpanRecorder(params string[] sourcePrefixes)
    {
        listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is IngestTracing.SourceName || s.Name == ProducerName
                || sourcePrefixes.Any(p => s.Name.StartsWith(p, StringComparison.Ordinal)),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The source the tests start their "produce" spans on.</summary>
    public static ActivitySource Producer { get; } = new(ProducerName);

    /// <summary>The spans stopped so far, in order.</summary>
    public ConcurrentQueue<Activity> Stopped { get; } = new();

    public void Dispose() => listener.Dispose();
}
