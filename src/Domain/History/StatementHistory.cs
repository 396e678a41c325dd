using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// The financial statements of a firm, one per closing date and source; a statement is dropped once two
/// later fiscal years closed by the window's first month (<see cref="RetentionRules"/>).
/// </summary>
internal sealed class StatementHistory
{
    private readonly FactTable<StatementFact> _statements = new();

    public ReadOnlySpan<StatementFact> Statements => _statements.Items;

    public bool Apply(EtatsFinanciers f, RetentionWindow window, StringPool strings)
    {
        var fact = new StatementFact
        {
            DateCloture = f.DateCloture,
            Source = strings.Intern(f.Source),
            DureeExerciceMois = f.DureeExerciceMois,
            Figures = FinancialFigures.From(f),
            DeliveredOn = f.DeliveredOn,
            DeliverySequence = f.DeliverySequence,
        };
        return _statements.UpsertThenRemoveSuperseded(fact, RetentionRules.MarkSupersededStatements, window.FirstMonth);
    }

    /// <summary>Drops the statements superseded before <paramref name="first"/>.</summary>
    public void Prune(Month first) => _statements.RemoveSuperseded(RetentionRules.MarkSupersededStatements, first);

    public void Load(FirmHistoryState state, StringPool strings)
    {
        foreach (var f in state.Statements.AsSpan())
        {
            _statements.Upsert(f with { Source = strings.Intern(f.Source) });
        }
    }

    public void InternStrings(StringPool strings)
    {
        foreach (ref readonly var f in _statements.Items)
        {
            strings.Intern(f.Source);
        }
    }
}
