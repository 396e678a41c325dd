using System.Diagnostics;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Panel;

namespace SignauxFaibles.Training.Stages;

/// <summary>
/// Stage 1: the feature panel, one row per firm-month of the training and evaluation windows (the
/// evaluation months of held-out firms only), read from the event log with the grain's feature code.
/// </summary>
internal static class PanelStage
{
    public static FeaturePanel Build(TrainingOptions options, EventSource source, TrainingWindows windows, StageLog log, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        var split = new FirmSplit(options.SplitSeed, options.HoldoutShare);
        var builder = new PanelBuilder(
            split,
            m => windows.InTraining(m) || windows.InEvaluation(m),
            (m, holdout) => windows.InTraining(m) || (holdout && windows.InEvaluation(m)));
        var clock = Stopwatch.StartNew();
        var read = new Progress<long>(n => progress?.Report(new TrainingProgress("panel", Math.Min(1, (double)n / source.Size), $"{n:N0} / {source.Size:N0}")));
        var panel = builder.Build(source.Blocks(read, cancellationToken), null, cancellationToken);
        log.Timings["panel"] = clock.Elapsed.TotalSeconds;
        progress?.Report(new TrainingProgress("panel", 1, $"{panel.Count:N0} firm-months of {panel.Firms.Count:N0} firms"));
        if (source.Rejected > 0)
        {
            log.Notes.Add($"{source.Rejected:N0} undecodable lines skipped");
        }

        if (builder.LateEvents > 0)
        {
            log.Notes.Add($"{builder.LateEvents:N0} events arrived after the cut of a month already computed (applied late)");
        }

        return panel;
    }
}
