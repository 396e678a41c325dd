using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Labels;

namespace SignauxFaibles.Training.Panel;

/// <summary>One firm while the log is read: its live history (the grain's code) and its judgments.</summary>
internal sealed class FirmTrack(string siren, bool holdout)
{
    private List<Month>? _openings;

    public string Siren { get; } = siren;

    public bool Holdout { get; } = holdout;

    public FirmHistory History { get; } = new(siren);

    /// <summary>The month of the firm's first judgment of any stage (from then on: after a judgment).</summary>
    public Month? FirstJudgment { get; private set; }

    /// <summary>The month of the first judgment opening a procédure (the target's event).</summary>
    public Month? FirstOpening { get; private set; }

    /// <summary>Every opening month (a firm out of a plan can relapse).</summary>
    public IReadOnlyList<Month> Openings => _openings ?? (IReadOnlyList<Month>)[];

    public void Apply(FirmEvent e)
    {
        History.Apply(e);
        if (e is ProcedureCollective p && TargetRule.IsJudgment(p))
        {
            var month = Month.From(p.DateEffet);
            FirstJudgment = FirstJudgment is { } j ? Month.Min(j, month) : month;
            if (TargetRule.IsOpening(p))
            {
                FirstOpening = FirstOpening is { } o ? Month.Min(o, month) : month;
                (_openings ??= []).Add(month);
            }
        }
    }
}
