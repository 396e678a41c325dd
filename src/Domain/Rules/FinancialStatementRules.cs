using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// Which financial statement the features use at month m: the latest one closed by m (closing month &lt;= m),
/// provided it is still valid (closed at most <see cref="ValidityMonths"/> months before m); and the one
/// before it, closed at most <see cref="PreviousMaxGapMonths"/> months earlier, for year-on-year changes.
/// When several providers delivered the same fiscal year, a fixed provider priority picks one.
/// Point in time: in the live grain (or a history built with a delivery cut) only delivered statements exist.
/// </summary>
public static class FinancialStatementRules
{
    public const int ValidityMonths = 21;

    public const int PreviousMaxGapMonths = 24;

    /// <summary>Lower is preferred: Banque de France, then the tax and registry sources, then commercial ones.</summary>
    public static int SourcePriority(string source) => source switch
    {
        "bdf" => 0,
        "dgfip" => 1,
        "inpi" => 2,
        "diane" => 3,
        "sim" => 4,
        _ => 5,
    };

    public static StatementSelection Select(ReadOnlySpan<StatementFact> statements, Month month)
    {
        var latest = BestBefore(statements, month, null);
        if (latest < 0 || month.Index - Month.From(statements[latest].DateCloture).Index > ValidityMonths)
        {
            return StatementSelection.None;
        }

        var previous = BestBefore(statements, month, statements[latest].DateCloture);
        if (previous >= 0
            && Month.From(statements[latest].DateCloture).Index - Month.From(statements[previous].DateCloture).Index > PreviousMaxGapMonths)
        {
            previous = -1;
        }

        return new StatementSelection(latest, previous);
    }

    // Statements are sorted by (closing date, source): the best is the latest closing date (strictly before
    // `before` when given) whose closing month is <= month, and of the same date the preferred provider.
    private static int BestBefore(ReadOnlySpan<StatementFact> statements, Month month, DateOnly? before)
    {
        var best = -1;
        for (var i = 0; i < statements.Length; i++)
        {
            ref readonly var s = ref statements[i];
            if (Month.From(s.DateCloture) > month || (before is { } b && s.DateCloture >= b))
            {
                continue;
            }

            if (best < 0 || s.DateCloture > statements[best].DateCloture
                || (s.DateCloture == statements[best].DateCloture && Prefer(s, statements[best])))
            {
                best = i;
            }
        }

        return best;
    }

    private static bool Prefer(in StatementFact a, in StatementFact b)
    {
        var c = SourcePriority(a.Source).CompareTo(SourcePriority(b.Source));
        return c != 0 ? c < 0 : string.CompareOrdinal(a.Source, b.Source) < 0;
    }
}
