using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SignauxFaibles.Ingest.Hosting;

/// <summary>
/// What a host does when a Kafka client reports a fatal error (<see cref="Error.IsFatal"/>: the client is
/// unusable, e.g. an idempotent producer fenced or out of sequence, and librdkafka will not recover it):
/// log it once (critical, id 5301), turn readiness false (<see cref="Failure"/> is set before anything
/// else), and stop the host, whose process then exits with <see cref="ExitCode"/> so the orchestrator
/// restarts it with fresh clients. A restart is safe: offsets are committed only for what was persisted.
/// Non-fatal errors are the caller's to log (librdkafka retries them by itself).
/// </summary>
public sealed partial class KafkaFatalErrorHandler(IHostApplicationLifetime lifetime, ILogger<KafkaFatalErrorHandler> logger)
{
    /// <summary>The process exit code after a fatal Kafka error: 75 (EX_TEMPFAIL, "try again later").</summary>
    public const int ExitCode = 75;

    private KafkaFatalFailure? failure;

    /// <summary>The first fatal error seen, or null while none.</summary>
    public KafkaFatalFailure? Failure => Volatile.Read(ref failure);

    /// <summary>
    /// Handles an error reported by the <paramref name="client"/> ("consumer", "producer", ...); returns true
    /// when it was fatal (then the host is stopping), false when the caller should just log it.
    /// </summary>
    public bool Handle(string client, Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!error.IsFatal)
        {
            return false;
        }

        var first = Interlocked.CompareExchange(ref failure, new KafkaFatalFailure(client, error.Code, error.Reason), null) is null;
        if (first)
        {
            LogFatal(logger, client, error.Code, error.Reason, ExitCode);
            lifetime.StopApplication();
        }
        else
        {
            LogFatalAgain(logger, client, error.Code, error.Reason);
        }

        return true;
    }

    /// <summary>The exit code of a host that ran with <paramref name="handler"/> (absent when it had no Kafka client): <see cref="ExitCode"/> after a fatal error, else 0.</summary>
    public static int ExitCodeOf(KafkaFatalErrorHandler? handler) => handler?.Failure is null ? 0 : ExitCode;

    [LoggerMessage(EventId = 5301, Level = LogLevel.Critical, Message = "Fatal Kafka {Client} error {Code}: {Reason}; not ready, stopping the host (exit code {ExitCode}) so it restarts with new clients")]
    private static partial void LogFatal(ILogger logger, string client, ErrorCode code, string reason, int exitCode);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Error, Message = "Another fatal Kafka {Client} error {Code}: {Reason} (the host is already stopping)")]
    private static partial void LogFatalAgain(ILogger logger, string client, ErrorCode code, string reason);
}

/// <summary>A fatal Kafka error: which client reported it, its code and reason.</summary>
public sealed record KafkaFatalFailure(string Client, ErrorCode Code, string Reason);
