using System.Collections.Immutable;
using CsCheck;
using SignauxFaibles.Domain.Events;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Tests.OrderIndependence;

/// <summary>A generated history: events of a few firms over [<see cref="First"/>, <see cref="Last"/>].</summary>
public sealed record Scenario(string[] Sirens, Month First, Month Last, FirmEvent[] Events)
{
    public override string ToString() => $"{Sirens.Length} firms, {First}..{Last}, {Events.Length} events";
}

/// <summary>
/// CsCheck generators of partner events with small key spaces, so that the same key is delivered several
/// times (corrections), sometimes on the same day (ties), and exact duplicates are common.
/// </summary>
internal static class EventGenerators
{
    private static readonly string[] Sirens = ["100000001", "200000002", "300000003"];

    // Declared before Scenario, which reads it during static initialisation.
    /// <summary>Usually later, sometimes the same day: a same-day version must be ranked by content, not by arrival.</summary>
    private static readonly Gen<int> CorrectionDelay = Gen.Frequency((1, Gen.Const(0)), (3, Gen.Int[1, 200]));

    public static readonly Gen<Scenario> Scenario =
        from firms in Gen.Int[1, 3]
        from start in Gen.Int[0, 24]
        from span in Gen.Int[6, 72]
        let first = Month.Of(2016, 1).AddMonths(start)
        let last = first.AddMonths(span)
        let sirens = Sirens[..firms]
        from events in Event(sirens, first, last).Array[10, 160]
        from corrections in Gen.Select(Gen.Int[0, 1000], CorrectionDelay, Gen.Int[-500, 500]).Array[0, 30]
        from duplicates in Gen.Int[0, 1000].Array[0, 20]
        select new Scenario(sirens, first, last, Expand(events, corrections, duplicates));

    private static FirmEvent[] Expand(FirmEvent[] events, (int Index, int Days, int Delta)[] corrections, int[] duplicates)
    {
        var all = new List<FirmEvent>(events);
        foreach (var (index, days, delta) in corrections)
        {
            all.Add(Correct(events[index % events.Length], days, delta));
        }

        foreach (var index in duplicates)
        {
            all.Add(all[index % all.Count] with { });
        }

        return [.. all];
    }

    /// <summary>A later delivery of the same fact with changed figures (the key is kept).</summary>
    private static FirmEvent Correct(FirmEvent e, int days, int delta)
    {
        var later = e.DeliveredOn.AddDays(days);
        var amount = delta / 100m;
        return e switch
        {
            Cotisation c => c with { DeliveredOn = later, Du = c.Du + amount },
            Debit d => d with
            {
                DeliveredOn = later, PartOuvriere = Math.Max(0, d.PartOuvriere + amount), PartPatronale = d.PartPatronale + 2 * amount,
                DateTraitement = delta % 3 == 0 ? d.DateTraitement.AddDays(delta / 5) : d.DateTraitement,
            },
            Delai d => d with
            {
                DeliveredOn = later, MontantEcheancier = d.MontantEcheancier + amount,
                DateCreation = d.DateCreation.AddDays(-delta), DateEcheance = d.DateEcheance.AddDays(delta % 40),
            },
            EffectifEtablissement ee => ee with { DeliveredOn = later, Months = [.. ee.Months.Select(m => m with { Effectif = Math.Max(0, m.Effectif + delta % 7) })] },
            EffectifEntreprise ee => ee with { DeliveredOn = later, Months = [.. ee.Months.Select(m => m with { Effectif = Math.Max(0, m.Effectif + delta % 7) })] },
            ApDemande a => a with
            {
                DeliveredOn = later, HeuresAutorisees = a.HeuresAutorisees + delta,
                PeriodeDebut = a.PeriodeDebut.AddDays(-Math.Abs(delta)), PeriodeFin = a.PeriodeFin.AddDays(Math.Abs(delta) % 60),
            },
            ApConsommation a => a with { DeliveredOn = later, HeuresConsommees = Math.Max(0, a.HeuresConsommees + delta / 3.0) },
            EtatsFinanciers f => f with { DeliveredOn = later, ChiffreAffaires = f.ChiffreAffaires + amount * 1000, CapitauxPropres = f.CapitauxPropres - amount * 100 },
            SireneUniteLegale ul => ul with { DeliveredOn = later, RaisonSociale = ul.RaisonSociale + "*" },
            SireneEtablissement se => se with { DeliveredOn = later, Departement = delta > 0 ? "69" : se.Departement },
            _ => e with { DeliveredOn = later },
        };
    }

    private static Gen<FirmEvent> Event(string[] sirens, Month first, Month last) =>
        from siren in Gen.OneOfConst(sirens)
        from e in Gen.Frequency(
            (6, Cotisation(siren, first, last)),
            (6, Debit(siren, first, last)),
            (1, Delai(siren, first, last)),
            (1, Ccsf(siren, first, last)),
            (4, EffectifEtablissement(siren, first, last)),
            (2, EffectifEntreprise(siren, first, last)),
            (1, Procedure(siren, first, last)),
            (2, ApDemande(siren, first, last)),
            (2, ApConsommation(siren, first, last)),
            (2, EtatsFinanciers(siren, first, last)),
            (1, UniteLegale(siren, first)),
            (1, Etablissement(siren, first)))
        select e;

    private static Gen<string> Siret(string siren) => Gen.OneOfConst(siren + "00010", siren + "00028", siren + "00036");

    private static Gen<Month> MonthIn(Month first, Month last) => Gen.Int[first.Index, last.Index].Select(i => new Month(i));

    private static Gen<DateOnly> DayIn(Month first, Month last) =>
        Gen.Select(MonthIn(first, last), Gen.Int[1, 28], (m, d) => new DateOnly(m.Year, m.MonthOfYear, d));

    /// <summary>Delivered 0 to 6 months after the month the data refer to, on a few fixed days (so ties happen).</summary>
    private static Gen<DateOnly> DeliveryAfter(Month month) =>
        Gen.Select(Gen.Int[0, 6], Gen.OneOfConst(1, 15, 20), (lag, day) => month.AddMonths(lag).FirstDay.AddDays(day - 1));

    private static Gen<decimal> Amount(int maxEuros) => Gen.Int[-100, maxEuros * 100].Select(c => c / 100m);

    private static Gen<FirmEvent> Cotisation(string siren, Month first, Month last) =>
        from siret in Siret(siren)
        from compte in Gen.OneOfConst("C1", "C2")
        from debut in MonthIn(first, last)
        from length in Gen.OneOfConst(1, 1, 1, 3)
        from du in Amount(20_000)
        from delivered in DeliveryAfter(debut.AddMonths(length - 1))
        select (FirmEvent)new Cotisation
        {
            Siren = siren, Siret = siret, DeliveredOn = delivered, Compte = compte,
            PeriodeDebut = debut, PeriodeFin = debut.AddMonths(length), Du = du, Encaisse = du / 2,
        };

    private static Gen<FirmEvent> Debit(string siren, Month first, Month last) =>
        from siret in Siret(siren)
        from periode in MonthIn(first.AddMonths(-6), last)
        from ecart in Gen.OneOfConst("1", "2", "3")
        from historique in Gen.Int[1, 6]
        from traitement in DayIn(first, last)
        from po in Amount(5_000)
        from pp in Amount(15_000)
        from delivered in DeliveryAfter(Month.From(traitement))
        select (FirmEvent)new Debit
        {
            Siren = siren, Siret = siret, DeliveredOn = delivered, Compte = "C1",
            NumeroEcartNegatif = ecart, NumeroHistorique = historique, DateTraitement = traitement,
            PeriodeDebut = periode, PeriodeFin = periode.Next, PartOuvriere = Math.Abs(po), PartPatronale = Math.Abs(pp),
        };

    private static Gen<FirmEvent> Delai(string siren, Month first, Month last) =>
        from siret in Siret(siren)
        from numero in Gen.OneOfConst("D1", "D2")
        from creation in DayIn(first, last)
        from duree in Gen.Int[0, 720]
        from montant in Amount(50_000)
        from delivered in DeliveryAfter(Month.From(creation))
        select (FirmEvent)new Delai
        {
            Siren = siren, Siret = siret, DeliveredOn = delivered, Compte = "C1", NumeroContentieux = numero,
            DateCreation = creation, DateEcheance = creation.AddDays(duree), DureeDelai = duree, MontantEcheancier = montant,
        };

    private static Gen<FirmEvent> Ccsf(string siren, Month first, Month last) =>
        from siret in Siret(siren)
        from date in DayIn(first, last)
        from stade in Gen.OneOfConst("DEBUT", "REFUS", "APPROB", "FIN", "REJ")
        from delivered in DeliveryAfter(Month.From(date))
        select (FirmEvent)new Ccsf { Siren = siren, Siret = siret, DeliveredOn = delivered, Compte = "C1", DateTraitement = date, Stade = stade };

    private static Gen<ImmutableArray<MonthlyHeadcount>> Headcounts(Month first, Month last) =>
        from start in MonthIn(first, last)
        from values in Gen.Int[-1, 60].Array[1, 6]
        select values.Select((v, i) => (v, i)).Where(x => x.v >= 0)
            .Select(x => new MonthlyHeadcount(start.AddMonths(x.i), x.v)).ToImmutableArray();

    private static Gen<FirmEvent> EffectifEtablissement(string siren, Month first, Month last) =>
        from siret in Siret(siren)
        from months in Headcounts(first, last)
        from delivered in DeliveryAfter(months.IsEmpty ? first : months[^1].Month)
        select (FirmEvent)new EffectifEtablissement { Siren = siren, Siret = siret, DeliveredOn = delivered, Months = months };

    private static Gen<FirmEvent> EffectifEntreprise(string siren, Month first, Month last) =>
        from months in Headcounts(first, last)
        from delivered in DeliveryAfter(months.IsEmpty ? first : months[^1].Month)
        select (FirmEvent)new EffectifEntreprise { Siren = siren, DeliveredOn = delivered, Months = months };

    private static Gen<FirmEvent> Procedure(string siren, Month first, Month last) =>
        from date in DayIn(first.AddMonths(-130), last)
        from action in Gen.Enum<ProcolAction>()
        from stade in Gen.OneOfConst(ProcolStade.Ouverture, ProcolStade.PlanContinuation, ProcolStade.FinProcedure,
            ProcolStade.SoldeProcedure, ProcolStade.InclusionAutreProcedure, ProcolStade.ClotureInsuffisanceActif, ProcolStade.AbandonProcedure)
        from delivered in DeliveryAfter(Month.From(date))
        select (FirmEvent)new ProcedureCollective { Siren = siren, DeliveredOn = delivered, DateEffet = date, Action = action, Stade = stade };

    private static Gen<FirmEvent> ApDemande(string siren, Month first, Month last) =>
        from siret in Siret(siren)
        from id in Gen.OneOfConst("A1", "A2", "A3")
        from debut in DayIn(first, last)
        from days in Gen.Int[0, 200]
        from heures in Gen.Int[0, 20_000]
        from motif in Gen.Int[1, 5]
        from delivered in DeliveryAfter(Month.From(debut))
        select (FirmEvent)new ApDemande
        {
            Siren = siren, Siret = siret, DeliveredOn = delivered, IdDemande = id, PeriodeDebut = debut,
            PeriodeFin = debut.AddDays(days), HeuresAutorisees = heures / 4.0, MotifRecours = motif,
        };

    private static Gen<FirmEvent> ApConsommation(string siren, Month first, Month last) =>
        from siret in Siret(siren)
        from id in Gen.OneOfConst("A1", "A2", "A3")
        from mois in MonthIn(first, last)
        from heures in Gen.Int[0, 4_000]
        from delivered in DeliveryAfter(mois)
        select (FirmEvent)new ApConsommation
        {
            Siren = siren, Siret = siret, DeliveredOn = delivered, IdDemande = id, Mois = mois, HeuresConsommees = heures / 3.0,
        };

    private static Gen<decimal?> Figure(int max) =>
        Gen.Frequency((1, Gen.Const((decimal?)null)), (6, Gen.Int[-max, max].Select(v => (decimal?)(v * 10m))));

    private static Gen<FirmEvent> EtatsFinanciers(string siren, Month first, Month last) =>
        from year in Gen.Int[first.Year - 3, last.Year]
        from closingMonth in Gen.OneOfConst(12, 12, 12, 6)
        from source in Gen.OneOfConst("bdf", "diane")
        from duree in Gen.OneOfConst(12, 12, 18)
        from lag in Gen.Int[4, 12]
        from ca in Figure(500_000)
        from ebe in Figure(50_000)
        from va in Figure(200_000)
        from cp in Figure(100_000)
        from bilan in Figure(400_000)
        from others in Figure(80_000).Array[6]
        let cloture = new DateOnly(year, closingMonth, closingMonth == 12 ? 31 : 30)
        select (FirmEvent)new EtatsFinanciers
        {
            Siren = siren, DeliveredOn = cloture.AddMonths(lag), DateCloture = cloture, DureeExerciceMois = duree, Source = source,
            ChiffreAffaires = ca, ExcedentBrutExploitation = ebe, ResultatExploitation = ebe - 1000, ValeurAjoutee = va,
            ChargesPersonnel = others[0], CapitauxPropres = cp, TotalBilan = bilan, DettesFinancieres = others[1],
            Tresorerie = others[2], CapaciteAutofinancement = others[3], CreancesClients = others[4], DettesFournisseurs = others[5],
            Achats = ca, ActifCirculant = bilan, DettesCourtTerme = others[1], FraisFinanciers = others[2],
            FondsRoulementNetGlobal = others[3], BesoinFondsRoulement = others[4], Effectif = 12,
        };

    private static Gen<FirmEvent> UniteLegale(string siren, Month first) =>
        from nom in Gen.OneOfConst("ALPHA", "BETA", "")
        from ape in Gen.OneOfConst("25.62B", "47.11A", "84.11Z", "6419Z", null)
        from categorie in Gen.OneOfConst("5499", "5710", "7210", null)
        from nic in Gen.OneOfConst("00010", "00028", null)
        from creationYears in Gen.Int[1, 30]
        from lag in Gen.Int[0, 40]
        select (FirmEvent)new SireneUniteLegale
        {
            Siren = siren, DeliveredOn = first.AddMonths(lag).FirstDay, RaisonSociale = nom, NomUniteLegale = "DURAND",
            PrenomUniteLegale = "Jeanne", CategorieJuridique = categorie, Ape = ape,
            DateCreation = first.FirstDay.AddYears(-creationYears), EstActif = lag % 2 == 0, NicSiege = nic,
        };

    private static Gen<FirmEvent> Etablissement(string siren, Month first) =>
        from siret in Siret(siren)
        from siege in Gen.Bool
        from departement in Gen.OneOfConst("75", "13", "2A", "971", null)
        from pays in Gen.OneOfConst(null, null, null, "99134")
        from ape in Gen.OneOfConst("25.62B", "85.20Z", null)
        from lag in Gen.Int[0, 40]
        select (FirmEvent)new SireneEtablissement
        {
            Siren = siren, Siret = siret, DeliveredOn = first.AddMonths(lag).FirstDay, Siege = siege, Ape = ape,
            EstActif = true, Departement = departement, CodePaysEtranger = pays, DateCreation = first.FirstDay.AddYears(-2),
        };
}
