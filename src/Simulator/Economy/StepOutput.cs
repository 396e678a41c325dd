using SignauxFaibles.Domain.Events;
using SignauxFaibles.Simulator.Truth;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// What the steps of a chunk of firms produce in a month, in firm order: events (each stamped with its
/// delivery day) and ground-truth rows, drained in chunk order by the runner; plus accumulators that live
/// for the whole run (shared by chunks never stepped at the same time) and are merged at the end.
/// </summary>
internal sealed class StepOutput
{
    public StepOutput(RunStats stats, AucAccumulator auc)
    {
        Stats = stats;
        Auc = auc;
    }

    public List<FirmEvent> Events { get; } = [];

    public List<HazardRow> Hazards { get; } = [];

    public List<JudgmentRow> Judgments { get; } = [];

    public AucAccumulator Auc { get; }

    public RunStats Stats { get; }

    public void ClearMonth()
    {
        Events.Clear();
        Hazards.Clear();
        Judgments.Clear();
    }
}
