using SignauxFaibles.Grains.Telemetry;

namespace SignauxFaibles.Grains.Firms;

/// <summary>
/// Both outboxes published after a change, and their sizes reported to the silo's
/// <c>sf.grains.outbox.size</c>: each activation adds the difference from what it reported last, and takes
/// back what it reported when it deactivates, so the gauge is what waits in this silo's activations now.
/// </summary>
public sealed partial class FirmGrain
{
    private int _reportedAlertOutbox;
    private int _reportedScoreOutbox;

    private async Task PublishOutboxesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PublishOutboxAsync(cancellationToken);
            await PublishScoreOutboxAsync(cancellationToken);
        }
        finally
        {
            ReportOutboxes();
        }
    }

    private void ReportOutboxes()
    {
        var s = state.State;
        metrics.OutboxChanged(GrainMetrics.AlertOutbox, s.Outbox.Length - _reportedAlertOutbox);
        metrics.OutboxChanged(GrainMetrics.ScoreOutbox, s.ScoreOutbox.Length - _reportedScoreOutbox);
        _reportedAlertOutbox = s.Outbox.Length;
        _reportedScoreOutbox = s.ScoreOutbox.Length;
    }

    private void ForgetOutboxes()
    {
        metrics.OutboxChanged(GrainMetrics.AlertOutbox, -_reportedAlertOutbox);
        metrics.OutboxChanged(GrainMetrics.ScoreOutbox, -_reportedScoreOutbox);
        _reportedAlertOutbox = 0;
        _reportedScoreOutbox = 0;
    }
}
