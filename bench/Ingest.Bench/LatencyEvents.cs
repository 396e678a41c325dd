using System.Collections.Immutable;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Ingest.Bench;

/// <summary>
/// Hand-built events of the latency mode. Seed, per firm: a headcount of 20 for 2024 (in the perimeter) and
/// 12 monthly cotisations of 1,000 in 2024 (score at the intercept, no alert). Then one URSSAF debit per firm
/// per tick, on a single écart whose numéro d'historique grows, so each debit supersedes the previous one and
/// the firm's debt is the last amount sent. One firm in <see cref="StressedEvery"/> cycles its debt through
/// 0, 700, 1,400, 2,100, 2,800, 3,500 (0 to 3.5 months of cotisations): with the transparent scorer that is
/// pas d'alerte -> modéré (tick 1), -> élevé (tick 4), -> pas d'alerte (tick 6), three alerts per 6 ticks. The
/// other firms keep a zero debt, so they are rescored and written on every tick without changing level.
/// Tick k is delivered on 2025-01-01 + k days: the alert's <c>asOf</c> (latest delivery date applied) names
/// the tick, so (SIREN, asOf) joins an alert to the produce time of the debit that triggered it.
/// </summary>
internal static class LatencyEvents
{
    public const int StressedEvery = 10;

    private const string Compte = "7460000001";

    private static readonly Month SeedYear = Month.Of(2024, 1);

    private static readonly DateOnly FirstTick = new(2025, 1, 1);

    public static string SirenOf(int firm) => Siren.Complete((30_000_000 + firm).ToString("D8", System.Globalization.CultureInfo.InvariantCulture));

    public static bool IsStressed(int firm) => firm % StressedEvery == 0;

    public static DateOnly TickDate(int tick) => FirstTick.AddDays(tick);

    public static IEnumerable<FirmEvent> Seed(int firm)
    {
        var siren = SirenOf(firm);
        var siret = Siret.Complete(siren, "0001");
        var delivered = SeedYear.AddMonths(11).FirstDay.AddDays(19);
        yield return new EffectifEntreprise
        {
            Siren = siren,
            DeliveredOn = delivered,
            Months = [.. Enumerable.Range(0, 12).Select(m => new MonthlyHeadcount(SeedYear.AddMonths(m), 20))],
        };
        for (var m = 0; m < 12; m++)
        {
            var month = SeedYear.AddMonths(m);
            yield return new Cotisation
            {
                Siren = siren, Siret = siret, DeliveredOn = month.FirstDay.AddDays(19), Compte = Compte,
                PeriodeDebut = month, PeriodeFin = month.Next, Du = 1000m, Encaisse = 1000m,
            };
        }
    }

    /// <summary>The debt a firm reports at <paramref name="tick"/>.</summary>
    public static decimal DebtAt(int firm, int tick) => IsStressed(firm) ? 700m * (tick % 6) : 0m;

    public static Debit Tick(int firm, int tick)
    {
        var siren = SirenOf(firm);
        var december = SeedYear.AddMonths(11);
        return new Debit
        {
            Siren = siren,
            Siret = Siret.Complete(siren, "0001"),
            DeliveredOn = TickDate(tick),
            Compte = Compte,
            NumeroEcartNegatif = "E1",
            NumeroHistorique = tick + 1,
            DateTraitement = december.FirstDay,
            PeriodeDebut = december,
            PeriodeFin = december.Next,
            PartOuvriere = DebtAt(firm, tick),
            PartPatronale = 0m,
        };
    }
}
