using Microsoft.Extensions.Logging;
using SignauxFaibles.Domain.Lists;

namespace SignauxFaibles.ReadModel.Projection;

/// <summary>
/// When a projection closes dated lists (docs/lists.md): the latest list whose cut-off is at least
/// <see cref="ReadModelOptions.CloseGraceDays"/> behind the projection's clock (the latest delivery date
/// seen), and every open one before it. Shared by every writer of the read model (the in-process
/// <see cref="ReadModelWriter"/>, the Kafka projection, the rebuild) so they close lists alike. Not thread-safe:
/// one per writer, called from its single loop.
/// </summary>
public sealed partial class DueListCloser
{
    private readonly IReadModelProjector _projector;
    private readonly int _graceDays;
    private readonly ILogger _logger;
    private DateOnly? _closedUpTo;

    public DueListCloser(IReadModelProjector projector, ReadModelOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _projector = projector;
        _graceDays = options.CloseGraceDays;
        _logger = logger;
    }

    /// <summary>The projection's clock: the latest delivery date seen, or null before the first.</summary>
    public DateOnly? Clock { get; private set; }

    /// <summary>The latest list date due at <paramref name="clock"/> with a grace of <paramref name="graceDays"/>.</summary>
    public static DateOnly DueAt(DateOnly clock, int graceDays) => ListCalendar.LatestAtOrBefore(clock.AddDays(-graceDays));

    /// <summary>
    /// Moves the clock to <paramref name="latest"/> when it is later and closes what became due. A failed
    /// close is logged and retried at the next advance (the writers keep going).
    /// </summary>
    public async Task AdvanceAsync(DateOnly latest, CancellationToken cancellationToken)
    {
        if (Clock is { } clock && latest <= clock)
        {
            return;
        }

        Clock = latest;
        try
        {
            await CloseDueAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogCloseFailed(_logger, ex, DueAt(latest, _graceDays));
        }
    }

    /// <summary>
    /// Closes the list due at the current clock (and any open one before it) now; a failure throws. Nothing
    /// to do before the first delivery date is seen.
    /// </summary>
    public async Task CloseDueAsync(CancellationToken cancellationToken)
    {
        if (Clock is not { } clock)
        {
            return;
        }

        var due = DueAt(clock, _graceDays);
        if (_closedUpTo is { } closed && due <= closed)
        {
            return;
        }

        await _projector.CloseAsync(due, cancellationToken);
        _closedUpTo = due;
        LogClosed(_logger, due, clock);
    }

    /// <summary>Sets the clock without closing anything (the last clock of a store a writer resumes).</summary>
    public void Resume(DateOnly? clock)
    {
        if (clock is { } c && (Clock is null || c > Clock))
        {
            Clock = c;
        }
    }

    [LoggerMessage(EventId = 10003, Level = LogLevel.Information, Message = "Read model: list {ListDate:yyyy-MM-dd} closed (projection clock {Clock:yyyy-MM-dd})")]
    private static partial void LogClosed(ILogger logger, DateOnly listDate, DateOnly clock);

    [LoggerMessage(EventId = 10004, Level = LogLevel.Warning, Message = "Read model: closing list {ListDate:yyyy-MM-dd} failed; retried when the clock moves")]
    private static partial void LogCloseFailed(ILogger logger, Exception exception, DateOnly listDate);
}
