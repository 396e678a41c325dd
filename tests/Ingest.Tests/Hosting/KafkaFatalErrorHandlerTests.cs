using Confluent.Kafka;
using ErrorCode = Confluent.Kafka.ErrorCode;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SignauxFaibles.Ingest.Hosting;
using SignauxFaibles.Silo.Http;

namespace SignauxFaibles.Ingest.Tests.Hosting;

public sealed class KafkaFatalErrorHandlerTests
{
    private readonly RecordingLifetime lifetime = new();
    private readonly FakeLogger<KafkaFatalErrorHandler> logger = new();

    private KafkaFatalErrorHandler Handler() => new(lifetime, logger);

    [Fact]
    public void NonFatalError_IsLeftToTheCaller_HostKeepsRunning()
    {
        var handler = Handler();

        var fatal = handler.Handle("consumer", new Error(ErrorCode.Local_Transport, "broker down", false));

        Assert.False(fatal);
        Assert.Null(handler.Failure);
        Assert.Equal(0, lifetime.StopRequests);
        Assert.Equal(0, logger.Collector.Count);
        Assert.Equal(0, KafkaFatalErrorHandler.ExitCodeOf(handler));
    }

    [Fact]
    public void FatalError_LogsCriticalOnce_StopsTheHost_ExitCode75()
    {
        var handler = Handler();

        var fatal = handler.Handle("producer", new Error(ErrorCode.Local_Fatal, "producer fenced", true));

        Assert.True(fatal);
        Assert.Equal(new KafkaFatalFailure("producer", ErrorCode.Local_Fatal, "producer fenced"), handler.Failure);
        Assert.Equal(1, lifetime.StopRequests);
        var line = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal((5301, LogLevel.Critical), (line.Id.Id, line.Level));
        Assert.Contains("producer fenced", line.Message, StringComparison.Ordinal);
        Assert.Equal(75, KafkaFatalErrorHandler.ExitCodeOf(handler));
        Assert.Equal(0, KafkaFatalErrorHandler.ExitCodeOf(null));
    }

    [Fact]
    public void SecondFatalError_KeepsTheFirst_StopsOnlyOnce()
    {
        var handler = Handler();
        handler.Handle("consumer", new Error(ErrorCode.Local_Fatal, "first", true));

        Assert.True(handler.Handle("producer", new Error(ErrorCode.Local_Fatal, "second", true)));

        Assert.Equal("first", handler.Failure!.Reason);
        Assert.Equal(1, lifetime.StopRequests);
        Assert.Equal([5301, 5302], logger.Collector.GetSnapshot().Select(l => l.Id.Id));
    }

    [Fact]
    public async Task ReadyCheck_TurnsUnhealthyOnTheFatalError()
    {
        var handler = Handler();
        var check = new KafkaFatalReadyCheck(handler);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

        handler.Handle("consumer", new Error(ErrorCode.Local_Fatal, "gone", true));

        var result = await check.CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("exit code 75", result.Description, StringComparison.Ordinal);
    }

    private sealed class RecordingLifetime : IHostApplicationLifetime
    {
        private int stops;

        public int StopRequests => Volatile.Read(ref stops);

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Interlocked.Increment(ref stops);
    }
}
