namespace SignauxFaibles.Domain.Rules;

/// <summary>
/// The URSSAF payment plans active at a date: how many, their total amount, the days left until the last
/// one ends, and how far the current debt is from a linear repayment of the plans (positive: behind).
/// </summary>
public readonly record struct DelaiSituation(int Actifs, decimal Montant, double JoursRestants, double EcartLineaire)
{
    public static DelaiSituation None => new(0, 0m, double.NaN, double.NaN);

    public bool Actif => Actifs > 0;
}
