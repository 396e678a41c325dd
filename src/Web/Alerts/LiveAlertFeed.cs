using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Alerts;
using SignauxFaibles.Web.Firms;
using SignauxFaibles.Web.Hosting;

namespace SignauxFaibles.Web.Alerts;

/// <summary>
/// Follows the cluster's alert stream once per process and fans each alert, with the firm's name and zone,
/// out to the open live pages. Each page has a bounded buffer: a page that cannot keep up loses its oldest
/// alerts, never slows the others. Access filtering is done per page by the endpoint.
/// </summary>
public sealed partial class LiveAlertFeed(IClusterClient client, IOptions<WebOptions> options, TimeProvider time, ILogger<LiveAlertFeed> logger)
    : BackgroundService
{
    /// <summary>The date of the alert's current dated list, as the web app writes dates (yyyy-MM-dd).</summary>
    public static string ListeDe(AlertEvent alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.CurrentList.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    private readonly Lock _gate = new();
    private readonly List<Channel<LiveAlert>> _subscribers = [];

    /// <summary>True once the feed is subscribed to the alert stream.</summary>
    public bool Subscribed { get; private set; }

    /// <summary>A new subscriber; dispose the returned handle to leave.</summary>
    public LiveSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<LiveAlert>(new BoundedChannelOptions(options.Value.LiveBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return new LiveSubscription(channel.Reader, () =>
        {
            lock (_gate)
            {
                _subscribers.Remove(channel);
            }
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        StreamSubscriptionHandle<AlertEvent>? handle = null;
        while (handle is null && !stoppingToken.IsCancellationRequested)
        {
            try
            {
                var stream = client.GetStreamProvider(AlertStreams.Provider)
                    .GetStream<AlertEvent>(StreamId.Create(AlertStreams.Namespace, AlertStreams.Key));
                handle = await stream.SubscribeAsync((alert, _) => PublishAsync(alert, stoppingToken));
                Subscribed = true;
                LogSubscribed(logger);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The cluster may not be reachable yet (standalone web host started before the silos).
                LogSubscribeFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken);
            }
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        if (handle is not null)
        {
            try
            {
                await handle.UnsubscribeAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogUnsubscribeFailed(logger, ex);
            }
        }
    }

    private async Task PublishAsync(AlertEvent alert, CancellationToken ct)
    {
        FirmSummary? summary = null;
        try
        {
            summary = await client.GetGrain<IFirmGrain>(alert.Siren).GetSummaryAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSummaryFailed(logger, alert.Siren, ex);
        }

        var live = new LiveAlert(
            alert.Siren, summary?.RaisonSociale, summary?.Departement,
            FrenchLabels.Code(alert.Level), FrenchLabels.Label(alert.Level), FrenchLabels.Label(alert.PreviousLevel),
            alert.Score * 100, alert.PremiereAlerte, alert.Month.ToString(), time.GetUtcNow().UtcDateTime,
            ListeDe(alert), alert.OnCurrentList, alert.WouldBeFirstOnNext);
        lock (_gate)
        {
            foreach (var s in _subscribers)
            {
                s.Writer.TryWrite(live);
            }
        }
    }

    [LoggerMessage(EventId = 11001, Level = LogLevel.Information, Message = "Web: following the alert stream for the live pages")]
    private static partial void LogSubscribed(ILogger logger);

    [LoggerMessage(EventId = 11002, Level = LogLevel.Warning, Message = "Web: cannot subscribe to the alert stream yet; retrying")]
    private static partial void LogSubscribeFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 11003, Level = LogLevel.Warning, Message = "Web: cannot read firm {Siren} for a live alert; shown without its name")]
    private static partial void LogSummaryFailed(ILogger logger, string siren, Exception exception);

    [LoggerMessage(EventId = 11004, Level = LogLevel.Warning, Message = "Web: unsubscribing from the alert stream failed")]
    private static partial void LogUnsubscribeFailed(ILogger logger, Exception exception);
}

/// <summary>A live page's subscription to the alert feed.</summary>
public sealed class LiveSubscription(ChannelReader<LiveAlert> reader, Action leave) : IDisposable
{
    public ChannelReader<LiveAlert> Reader { get; } = reader;

    public void Dispose() => leave();
}
