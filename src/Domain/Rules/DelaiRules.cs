using SignauxFaibles.Domain.History;

namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// URSSAF payment plans (délais). A plan is active from its creation date to its due date, both included.
/// The linear-repayment deviation compares the firm's debt with what would remain of the plans if they were
/// repaid evenly over their duration: (debt - expected remaining) / total amount of the active plans.
/// </summary>
public static class DelaiRules
{
    public static bool IsActive(in DelaiFact plan, DateOnly date) => plan.DateCreation <= date && date <= plan.DateEcheance;

    public static DelaiSituation At(ReadOnlySpan<DelaiFact> plans, DateOnly date, decimal dette)
    {
        var actifs = 0;
        var montant = 0m;
        var restantAttendu = 0.0;
        var joursRestants = double.NaN;
        foreach (ref readonly var p in plans)
        {
            if (!IsActive(p, date))
            {
                continue;
            }

            actifs++;
            montant += p.MontantEcheancier;
            var restant = p.DateEcheance.DayNumber - date.DayNumber;
            joursRestants = double.IsNaN(joursRestants) ? restant : Math.Max(joursRestants, restant);

            // The declared duration wins; plans without one are taken as running from creation to due date.
            var duree = p.DureeDelai > 0 ? p.DureeDelai : p.DateEcheance.DayNumber - p.DateCreation.DayNumber;
            var fractionRestante = duree > 0 ? Math.Min(1.0, (double)restant / duree) : 0.0;
            restantAttendu += (double)p.MontantEcheancier * fractionRestante;
        }

        if (actifs == 0)
        {
            return DelaiSituation.None;
        }

        var ecart = montant != 0m ? ((double)dette - restantAttendu) / (double)montant : double.NaN;
        return new DelaiSituation(actifs, montant, joursRestants, ecart);
    }
}
