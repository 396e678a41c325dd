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
        if (!_statements.Upsert(fact))
        {
            return false;
        }

        var removed = window.FirstMonth is { } first ? Prune(first) : 0;
        return _statements.Find(fact) >= 0 || removed > 1;
    }

    /// <summary>Drops the statements superseded before <paramref name="first"/>; returns how many.</summary>
    public int Prune(Month first) => _statements.RemoveSuperseded(RetentionRules.MarkSupersededStatements, first);

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
