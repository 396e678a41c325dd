using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Rules;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The procédures collectives of a firm, by date and action; the stades <see cref="ProcedureRules"/>
/// ignores are not kept. Kept whatever their age (the 10-year plan rule looks far back).
/// </summary>
internal sealed class ProcedureHistory
{
    private readonly FactTable<ProcedureFact> _procedures = new();

    public ReadOnlySpan<ProcedureFact> Procedures => _procedures.Items;

    public bool Apply(ProcedureCollective p) =>
        !ProcedureRules.IsIgnored(p.Stade)
        && _procedures.Upsert(new ProcedureFact { DateEffet = p.DateEffet, Action = p.Action, Stade = p.Stade });

    public void Load(FirmHistoryState state)
    {
        foreach (var f in state.Procedures.AsSpan())
        {
            _procedures.Upsert(f);
        }
    }
}
