using System.Diagnostics;
using System.Text;
using Confluent.Kafka;

namespace SignauxFaibles.Ingest.Telemetry;

/// <summary>
/// W3C trace context (<c>traceparent</c>, <c>tracestate</c>, and whatever else the propagator writes) in Kafka
/// message headers, written and read by a <see cref="DistributedContextPropagator"/> (by default
/// <see cref="DistributedContextPropagator.Current"/>, the one ASP.NET Core and HttpClient use): producers
/// inject the span current when they produce, the ingest extracts each message's context to parent or link
/// its spans (docs/kafka.md, "Trace context"). Headers need message format v2, Kafka 0.11 or later: producers
/// write them only when <c>Kafka:PropagateTraceContext</c> is on (the local 0.9 broker's settings turn it off).
/// </summary>
public static class TraceContextHeaders
{
    /// <summary>
    /// Adds the trace context of <paramref name="activity"/> (default: <see cref="Activity.Current"/>) to the
    /// message's headers. Does nothing without an activity.
    /// </summary>
    public static void Inject<TKey, TValue>(Message<TKey, TValue> message, Activity? activity = null, DistributedContextPropagator? propagator = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        activity ??= Activity.Current;
        if (activity is null)
        {
            return;
        }

        message.Headers ??= [];
        (propagator ?? DistributedContextPropagator.Current).Inject(activity, message.Headers, static (carrier, name, value) =>
        {
            var headers = (Headers)carrier!;
            headers.Remove(name);
            headers.Add(name, Encoding.UTF8.GetBytes(value));
        });
    }

    /// <summary>
    /// The remote context the headers carry, or <c>default</c> (<see cref="ActivityContext.TraceId"/> all zeros)
    /// when they carry none or an invalid one.
    /// </summary>
    public static ActivityContext Extract(Headers? headers, DistributedContextPropagator? propagator = null)
    {
        if (headers is null || headers.Count == 0)
        {
            return default;
        }

        (propagator ?? DistributedContextPropagator.Current).ExtractTraceIdAndState(headers, static (carrier, name, out value, out values) =>
        {
            values = null;
            value = ((Headers)carrier!).TryGetLastBytes(name, out var bytes) && bytes is not null ? Encoding.UTF8.GetString(bytes) : null;
        }, out var traceParent, out var traceState);
        return ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }
}
