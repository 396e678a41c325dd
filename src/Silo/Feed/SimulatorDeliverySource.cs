using System.Runtime.CompilerServices;
using Microsoft.Extensions.Options;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Domain.Wire;
using SignauxFaibles.Simulator;

namespace SignauxFaibles.Silo.Feed;

/// <summary>
/// Runs the simulator in process and delivers its event stream as it is produced: the simulation writes
/// its normalised event stream (JSON lines, in delivery order, one month at a time) and this source
/// follows the file, decoding each line with the wire codec every consumer uses and grouping consecutive
/// events of the same delivery day. A line that does not decode is logged and skipped, never fatal.
/// </summary>
public sealed partial class SimulatorDeliverySource(
    IOptions<SimulatorFeedOptions> options,
    ILogger<SimulatorDeliverySource> logger) : IDeliverySource
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public Month FirstMonth => Month.Parse(options.Value.Start);

    public async IAsyncEnumerable<Delivery> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var o = options.Value;
        var temporary = o.WorkDirectory is null;
        var directory = o.WorkDirectory ?? Path.Combine(Path.GetTempPath(), $"signaux-faibles-sim-{Environment.ProcessId}-{Guid.NewGuid():N}");
        var simulation = new SimulationOptions
        {
            Seed = o.Seed,
            Firms = o.Firms,
            Months = o.Months,
            Start = FirstMonth,
            OutputDirectory = directory,
            PartnerFiles = false,
            WriteHazards = false,
            // One worker: the silo needs the other cores for the grains.
            Parallelism = 1,
        };
        LogSimulating(logger, o.Firms, o.Months, FirstMonth, o.Seed, directory);
        // A thread of its own: the simulation blocks while it writes, and the silo's thread pool must stay free for grains and clients.
        var run = Task.Factory.StartNew(
            () => Simulation.Run(simulation, progress: null, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            await foreach (var delivery in FollowAsync(Path.Combine(directory, "events.jsonl"), run, cancellationToken))
            {
                yield return delivery;
            }

            var summary = await run;
            LogSimulated(logger, summary.EventLines);
        }
        finally
        {
            if (temporary)
            {
                await DeleteWhenDoneAsync(run, directory);
            }
        }
    }

    private async IAsyncEnumerable<Delivery> FollowAsync(string path, Task run, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (!File.Exists(path))
        {
            if (run.IsCompleted)
            {
                await run;
                yield break;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var buffer = new byte[1 << 20];
        int start = 0, end = 0;
        var day = new List<FirmEvent>();
        DateOnly? current = null;
        while (true)
        {
            var finished = run.IsCompleted;
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await file.ReadAsync(buffer.AsMemory(end), cancellationToken);
            end += read;
            int newline;
            while ((newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n')) >= 0)
            {
                var line = buffer.AsSpan(start, newline);
                start += newline + 1;
                if (line.IsEmpty)
                {
                    continue;
                }

                if (!EventJson.TryDeserialize(line, out var e, out var reject) || e is null)
                {
                    LogUndecodable(logger, reject?.ToString() ?? "empty event");
                    continue;
                }

                if (current is { } d && e.DeliveredOn != d)
                {
                    yield return new Delivery(d, day);
                    day = [];
                }

                current = e.DeliveredOn;
                day.Add(e);
            }

            if (read == 0)
            {
                if (finished)
                {
                    // The simulation had ended before this read, so the file is complete.
                    await run;
                    break;
                }

                await Task.Delay(PollInterval, cancellationToken);
            }
        }

        if (current is { } last && day.Count > 0)
        {
            yield return new Delivery(last, day);
        }
    }

    private static async Task DeleteWhenDoneAsync(Task run, string directory)
    {
        try
        {
            await run;
        }
        catch (Exception)
        {
            // The run's own failure is reported by the reader; here only its files matter.
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Simulating {Firms} firms over {Months} months from {Start} (seed {Seed}) in {Directory}")]
    private static partial void LogSimulating(ILogger logger, int firms, int months, Month start, ulong seed, string directory);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Information, Message = "Simulation done: {Events} events produced")]
    private static partial void LogSimulated(ILogger logger, long events);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Warning, Message = "Skipped an undecodable simulator line: {Reason}")]
    private static partial void LogUndecodable(ILogger logger, string reason);
}
