using Orleans;

namespace SignauxFaibles.Domain.History;

/// <summary>
/// A yearly financial statement. Key: (closing date, provider): two providers may deliver the same fiscal
/// year, <see cref="Rules.FinancialStatementRules"/> picks one by a fixed provider priority.
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.StatementFact.v1")]
public readonly record struct StatementFact : IFact<StatementFact>
{
    [Id(0)] public required DateOnly DateCloture { get; init; }
    [Id(1)] public required string Source { get; init; }
    [Id(2)] public required int DureeExerciceMois { get; init; }
    [Id(3)] public required FinancialFigures Figures { get; init; }
    [Id(4)] public required DateOnly DeliveredOn { get; init; }
    /// <summary>Order of same-day deliveries of the fact (docs/events.md, "Same-day corrections"); 0 when unknown.</summary>
    [Id(5)] public long DeliverySequence { get; init; }

    public static int CompareKey(in StatementFact a, in StatementFact b)
    {
        var c = a.DateCloture.CompareTo(b.DateCloture);
        return c != 0 ? c : string.CompareOrdinal(a.Source, b.Source);
    }

    public static int CompareContent(in StatementFact a, in StatementFact b)
    {
        var c = a.DureeExerciceMois.CompareTo(b.DureeExerciceMois);
        return c != 0 ? c : FinancialFigures.Compare(a.Figures, b.Figures);
    }
}
