using System.Diagnostics;
using SignauxFaibles.Models;
using SignauxFaibles.Training.Labels;
using SignauxFaibles.Training.Panel;
using SignauxFaibles.Training.Stages;

namespace SignauxFaibles.Training;

/// <summary>
/// One training run, stage by stage (src/Training/Stages): the panel (<see cref="PanelStage"/>), labels and
/// split (<see cref="SplitStage"/>), learners compared on validation and thresholds chosen there
/// (<see cref="FitStage"/>), evaluation out of time against the oracle and the transparent scorer
/// (<see cref="EvaluateStage"/>), and the artifact written with <see cref="ModelArtifactWriter"/>
/// (<see cref="ReportStage"/>).
/// </summary>
internal static class TrainingRun
{
    public static TrainingResult Run(TrainingOptions options, EventSource source, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(source);
        var total = Stopwatch.StartNew();
        var log = new StageLog();
        var windows = TrainingWindows.For(source.FirstMonth, source.LastMonth, options.EvalMonths, options.WarmupMonths)
            ?? throw new InvalidOperationException($"the log {source.FirstMonth}..{source.LastMonth} is too short for a training window, 18 months of labels and an evaluation window");

        var panel = PanelStage.Build(options, source, windows, log, progress, cancellationToken);
        var rows = SplitStage.Split(options, panel, windows, log, progress, cancellationToken);
        var fit = FitStage.Fit(options, rows, windows, log, progress, cancellationToken);
        var evaluated = EvaluateStage.Evaluate(options, rows, fit, windows, log, progress);
        log.Timings["total_before_write"] = total.Elapsed.TotalSeconds;
        return ReportStage.Write(options, source, windows, panel, rows, fit, evaluated, log);
    }
}
