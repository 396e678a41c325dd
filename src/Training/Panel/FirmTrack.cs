using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;
using SignauxFaibles.Training.Labels;

namespace SignauxFaibles.Training.Panel;

/// <summary>One firm while the log is read: its live history (the grain's code) and its procédure openings.</summary>
internal sealed class FirmTrack(string siren, bool holdout)
{
    private List<Month>? _openings;

    public string Siren { get; } = siren;

    public bool Holdout { get; } = holdout;

    public FirmHistory History { get; } = new(siren);

    /// <summary>Every month a judgment opens a procédure (a firm out of a plan can relapse), in log order.</summary>
    public IReadOnlyList<Month> Openings => _openings ?? (IReadOnlyList<Month>)[];

    public void Apply(FirmEvent e)
    {
        History.Apply(e);
        if (e is ProcedureCollective p && TargetRule.IsOpening(p))
        {
            (_openings ??= []).Add(Month.From(p.DateEffet));
        }
    }
}
