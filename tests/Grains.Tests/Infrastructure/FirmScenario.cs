using System.Collections.Immutable;
using SignauxFaibles.Contracts;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Identifiers;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Grains.Tests.Infrastructure;

/// <summary>
/// Hand-made event histories for one firm: an industrial SARL of 40 employees paying 10,000 EUR of
/// contributions a month, whose URSSAF debt the tests move to move its score. With the transparent
/// scorer (modéré from 3 %, left below 2.55 %; élevé from 10 %) and every other term at its reference,
/// a debt of r months of contributions gives logit(p) = -3.9 + 0.8 r: r = 1.0 is "risque modéré" (4.3 %),
/// 0.45 stays modéré only thanks to the hysteresis (2.8 %), 0.2 is "pas d'alerte" (2.3 %), 3.0 is
/// "risque élevé" (18.2 %).
/// </summary>
internal sealed class FirmScenario
{
    public const decimal MonthlyCotisation = 10_000m;

    private static int _next = 10_000_000;
    private long _offset;
    private int _historique;

    private FirmScenario(string siren, string ape) => (Siren, Ape) = (siren, ape);

    public string Siren { get; }

    public string Ape { get; }

    public string Siret => Siren + "00012";

    /// <summary>The last month with data: the month scored.</summary>
    public Month Through { get; } = Month.Of(2023, 6);

    /// <summary>A firm with a SIREN no other test uses.</summary>
    public static FirmScenario New(string ape = "25.62B") =>
        new(Domain.Identifiers.Siren.Complete(Interlocked.Increment(ref _next).ToString("D8", System.Globalization.CultureInfo.InvariantCulture)), ape);

    /// <summary>Identity, 24 months of headcount and of contributions up to <see cref="Through"/>.</summary>
    public FirmBatch Basics()
    {
        var first = Through.AddMonths(-23);
        var delivered = Through.Next.FirstDay.AddDays(19);
        var events = new List<FirmEvent>
        {
            new SireneUniteLegale
            {
                Siren = Siren, DeliveredOn = first.FirstDay, RaisonSociale = $"ATELIERS {Siren}", CategorieJuridique = "5499",
                Ape = Ape, DateCreation = new DateOnly(2005, 3, 1), EstActif = true, NicSiege = "00012",
            },
            new SireneEtablissement
            {
                Siren = Siren, Siret = Siret, DeliveredOn = first.FirstDay, Siege = true, Ape = Ape, EstActif = true, Departement = "59",
            },
            new EffectifEntreprise
            {
                Siren = Siren, DeliveredOn = delivered,
                Months = [.. Month.Range(first, Through.Next).Select(m => new MonthlyHeadcount(m, 40))],
            },
        };
        events.AddRange(Month.Range(first, Through.Next).Select(m => (FirmEvent)new Cotisation
        {
            Siren = Siren, Siret = Siret, DeliveredOn = delivered, Compte = "C1", PeriodeDebut = m, PeriodeFin = m.Next, Du = MonthlyCotisation,
        }));
        return Batch(events);
    }

    /// <summary>
    /// A new operation on the firm's écart leaving a debt of <paramref name="months"/> months of contributions at
    /// <see cref="Through"/>, delivered on <paramref name="delivered"/> (default: a day of its own after the basics).
    /// </summary>
    public FirmBatch Debt(decimal months, DateOnly? delivered = null)
    {
        var total = months * MonthlyCotisation;
        return Batch(
        [
            new Debit
            {
                // Each statement is a delivery of its own, after the basics: one alert decision per delivery date.
                Siren = Siren, Siret = Siret, DeliveredOn = delivered ?? Through.Next.FirstDay.AddDays(19 + _historique + 1),
                NumeroHistorique = ++_historique, Compte = "C1", NumeroEcartNegatif = "E1",
                DateTraitement = Through.FirstDay.AddDays(4),
                PeriodeDebut = Through.AddMonths(-3), PeriodeFin = Through.AddMonths(-2),
                PartOuvriere = total * 0.4m, PartPatronale = total * 0.6m,
            },
        ]);
    }

    /// <summary>Positions on one simulated topic-partition, increasing across the scenario's batches.</summary>
    public FirmBatch Batch(IEnumerable<FirmEvent> events) =>
        new(Siren, [.. events.Select(e => new SourcedEvent(new SourcePosition("test.events", 0, _offset++), e))]);
}
