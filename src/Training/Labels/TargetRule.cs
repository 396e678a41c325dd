using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Training.Labels;

/// <summary>
/// The 18-month target of domain.md §5, from the procédure events of the log (never from a simulator's
/// truth): a firm-month in bonis is positive when the firm's first judgment opening a procédure collective
/// (sauvegarde, redressement or liquidation, stage ouverture) falls in months t+1..t+18. Months from the
/// first judgment on are "after a judgment" (signaux forts), kept out of training and reported apart.
/// A month whose 18 months are not all known yet is censored (no label).
/// </summary>
public static class TargetRule
{
    /// <summary>The horizon, in months after the month scored.</summary>
    public const int HorizonMonths = 18;

    /// <summary>True for a judgment that opens a procédure (the event the target counts).</summary>
    public static bool IsOpening(ProcedureCollective judgment)
    {
        ArgumentNullException.ThrowIfNull(judgment);
        return judgment.Stade == ProcolStade.Ouverture;
    }

    /// <summary>True for any judgment the procédure state reads (URSSAF's administrative solde is not one).</summary>
    public static bool IsJudgment(ProcedureCollective judgment)
    {
        ArgumentNullException.ThrowIfNull(judgment);
        return !ProcedureRules.IsIgnored(judgment.Stade);
    }

    /// <summary>True when the 18 months after <paramref name="month"/> are all within the log.</summary>
    public static bool IsLabelled(Month month, Month lastMonthOfLog) => month.AddMonths(HorizonMonths) <= lastMonthOfLog;

    /// <summary>
    /// True when <paramref name="month"/> is at or after the firm's first judgment, or the firm is in a
    /// procédure at that month by its features (a procédure opened before the log began).
    /// </summary>
    public static bool IsAfterJudgment(Month month, Month? firstJudgment, double procolEtat) =>
        (firstJudgment is { } j && month >= j) || (!double.IsNaN(procolEtat) && procolEtat != 0);

    /// <summary>The label of an in-bonis month: the first opening falls in months t+1..t+18.</summary>
    public static bool Label(Month month, Month? firstOpening) =>
        firstOpening is { } o && o > month && o <= month.AddMonths(HorizonMonths);

    /// <summary>
    /// The label of a month after a judgment (evaluation only): the firm is in a procédure at that month or
    /// a procédure opens in the next 18 months.
    /// </summary>
    public static bool LabelAfterJudgment(Month month, IReadOnlyList<Month> openings, double procolEtat)
    {
        ArgumentNullException.ThrowIfNull(openings);
        if (!double.IsNaN(procolEtat) && procolEtat != 0)
        {
            return true;
        }

        foreach (var o in openings)
        {
            if (o > month && o <= month.AddMonths(HorizonMonths))
            {
                return true;
            }
        }

        return false;
    }
}
