using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Population;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Training.Labels;

/// <summary>
/// The 18-month target of domain.md §5, from the procédure events of the log (never from a simulator's
/// truth), over the population the grain scores (<see cref="PopulationRule"/>, docs/alerts.md): a firm-month
/// in bonis (plans included) is positive when a judgment opening a procédure collective (sauvegarde,
/// redressement or liquidation, stage ouverture) falls in months t..t+18 (one in month t is one the delivery
/// cut did not know yet: known, the month would not be in bonis). Months of a firm in an open procédure or
/// closed in Sirene are "signaux forts", kept out of training and reported apart. A month whose 18 months are
/// not all known yet is censored (no label).
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

    /// <summary>True when the 18 months after <paramref name="month"/> are all within the log.</summary>
    public static bool IsLabelled(Month month, Month lastMonthOfLog) => month.AddMonths(HorizonMonths) <= lastMonthOfLog;

    /// <summary>
    /// True for a "signal fort": the firm is in an open procédure or closed, so the grain gives it no alert
    /// level (<see cref="FirmStanding.ExcludedLevel"/>, the same test as the alert state machine's).
    /// </summary>
    public static bool IsSignalFort(FirmStanding standing)
    {
        ArgumentNullException.ThrowIfNull(standing);
        return standing.ExcludedLevel is not null;
    }

    /// <summary>The label of an in-bonis month: an opening falls in months t..t+18.</summary>
    public static bool Label(Month month, IReadOnlyList<Month> openings)
    {
        ArgumentNullException.ThrowIfNull(openings);
        foreach (var o in openings)
        {
            if (o >= month && o <= month.AddMonths(HorizonMonths))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The label of a signal-fort month (evaluation only): the firm is in an open procédure at that month, or
    /// a procédure opens in the next 18 months (a closed firm is positive only then).
    /// </summary>
    public static bool LabelSignalFort(Month month, IReadOnlyList<Month> openings, FirmStanding standing)
    {
        ArgumentNullException.ThrowIfNull(openings);
        ArgumentNullException.ThrowIfNull(standing);
        if (standing.Procedure.IsOpen())
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
