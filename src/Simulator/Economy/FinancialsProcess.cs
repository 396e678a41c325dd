using SignauxFaibles.Domain.Events;

namespace SignauxFaibles.Simulator.Economy;

/// <summary>
/// Yearly financial statements. Over the fiscal year the firm accumulates its payroll, headcount and
/// health; at the close a coherent statement is drawn: the labour share of value added rises as health
/// falls (so EBE and results turn negative), suppliers are paid later, cash shrinks, equity absorbs the
/// losses, investment is cut. The balance sheet balances (FRNG - BFR = trésorerie). It is delivered about eight months after
/// the close; some firms never publish and some years are missing.
/// </summary>
internal static class FinancialsProcess
{
    public static void Step(FirmState firm, StepContext context)
    {
        if (!firm.IsOperating)
        {
            return;
        }

        var m = context.Month;
        firm.YearHealth += firm.Health;
        firm.YearHeadcount += firm.Headcount;
        firm.YearMonths++;
        if (m.MonthOfYear != firm.Profile.FiscalCloseMonth)
        {
            return;
        }

        var c = context.Calibration;
        ref var rng = ref firm.Rng;
        var months = firm.YearMonths;
        var health = firm.YearHealth / months;
        var headcount = firm.YearHeadcount / months;
        var payroll = firm.YearPayroll;
        firm.YearHealth = 0;
        firm.YearHeadcount = 0;
        firm.YearMonths = 0;
        firm.YearPayroll = 0;

        var missing = !firm.Profile.PublishesFinancials || months < 6 || rng.Bernoulli(c.FinancialsMissingYearShare);
        var delivery = m.AddMonths(c.FinancialsDelayMonths + rng.Next(-1, 2));
        var sector = firm.Profile.Sector;

        // Income statement.
        var chargesPersonnel = payroll * 1.42;
        var labourShare = Math.Clamp(0.68 - 0.09 * health + rng.Normal(0, 0.05), 0.35, 1.6);
        var valeurAjoutee = chargesPersonnel / labourShare;
        var turnover = valeurAjoutee / (1 - sector.PurchaseRatio);
        var achats = turnover - valeurAjoutee;
        var impots = 0.03 * valeurAjoutee;
        var ebe = valeurAjoutee - chargesPersonnel - impots;
        var dotations = 0.035 * turnover;
        var resultatExploitation = ebe - dotations;

        // Balance sheet.
        var immobilisations = turnover * sector.AssetIntensity;
        var stocks = turnover * sector.StockDays / 360;
        var creances = turnover * Math.Max(20, 55 + rng.Normal(0, 10)) / 360;
        var supplierDays = Math.Max(15, 58 + 18 * Math.Max(0, -health) + rng.Normal(0, 8));
        var dettesFournisseurs = achats * supplierDays / 360;
        var dettesFiscalesSociales = chargesPersonnel * 0.12 + (double)firm.Debt;
        firm.CapitauxPropres ??= (immobilisations + stocks + creances) * Math.Clamp(0.35 + 0.1 * firm.Baseline + rng.Normal(0, 0.08), 0.05, 0.8);
        var equity = firm.CapitauxPropres.Value;
        firm.CapitalSocial ??= Math.Max(1_000, 0.4 * equity);

        // Firms in difficulty cut their investment first (a deterministic draw: the firm's stream is unchanged).
        var investissements = dotations * Math.Clamp(1.1 + (0.5 * health), 0.1, 2.0);
        var cash = Math.Max(0, turnover * (0.06 + 0.04 * health + rng.Normal(0, 0.02)));
        var totalBilan = immobilisations + stocks + creances + cash;
        var dettesFinancieres = totalBilan - equity - dettesFournisseurs - dettesFiscalesSociales;
        if (dettesFinancieres < 0)
        {
            // More resources than uses: the surplus is cash.
            cash -= dettesFinancieres;
            totalBilan -= dettesFinancieres;
            dettesFinancieres = 0;
        }

        var fraisFinanciers = 0.035 * dettesFinancieres;
        var concours = dettesFinancieres * Math.Clamp(0.1 + 0.15 * Math.Max(0, -health), 0, 0.6);
        var resultatCourant = resultatExploitation - fraisFinanciers;
        var resultatNet = resultatCourant > 0 ? resultatCourant * 0.75 : resultatCourant;
        var caf = resultatNet + dotations;
        firm.CapitauxPropres = equity + resultatNet - Math.Max(0, resultatNet) * 0.3;

        var frng = equity + (dettesFinancieres - concours) - immobilisations;
        var bfr = stocks + creances - dettesFournisseurs - dettesFiscalesSociales;
        var tresorerie = cash - concours;

        if (missing || delivery >= context.RunEnd || delivery < context.RunStart)
        {
            return;
        }

        firm.StatementsDelivered++;
        firm.Pending.Add(new EtatsFinanciers
        {
            Siren = firm.Profile.Siren,
            DeliveredOn = context.Calendar.Financials(delivery),
            DateCloture = m.EndExclusive.AddDays(-1),
            DureeExerciceMois = 12,
            Source = "sim",
            ChiffreAffaires = Maybe(ref rng, turnover),
            ExcedentBrutExploitation = Maybe(ref rng, ebe),
            ResultatExploitation = Maybe(ref rng, resultatExploitation),
            ValeurAjoutee = Maybe(ref rng, valeurAjoutee),
            ChargesPersonnel = Maybe(ref rng, chargesPersonnel),
            CapitauxPropres = Maybe(ref rng, equity),
            Dettes = Maybe(ref rng, dettesFinancieres + dettesFournisseurs + dettesFiscalesSociales),
            BesoinFondsRoulement = Maybe(ref rng, bfr),
            Tresorerie = Maybe(ref rng, tresorerie),
            FraisFinanciers = Maybe(ref rng, fraisFinanciers),
            CapaciteAutofinancement = Maybe(ref rng, caf),
            DettesFinancieres = Maybe(ref rng, dettesFinancieres),
            DettesFournisseurs = Maybe(ref rng, dettesFournisseurs),
            CreancesClients = Maybe(ref rng, creances),
            Achats = Maybe(ref rng, achats),
            ActifCirculant = Maybe(ref rng, stocks + creances + cash),
            DettesCourtTerme = Maybe(ref rng, dettesFournisseurs + dettesFiscalesSociales + concours),
            TotalBilan = Maybe(ref rng, totalBilan),
            FondsRoulementNetGlobal = Maybe(ref rng, frng),
            ResultatNet = Maybe(ref rng, resultatNet),
            Effectif = (int)Math.Round(headcount),
            Stocks = Money(stocks),
            Disponibilites = Money(cash),
            Investissements = Money(investissements),
            CapitalSocial = Money(firm.CapitalSocial.Value),
        });
    }

    /// <summary>A few figures are missing from real statements (confidential or not filled).</summary>
    private static decimal? Maybe(ref Randomness.Rng rng, double value) => rng.Bernoulli(0.03) ? null : Money(value);

    private static decimal Money(double value) => Math.Round((decimal)value, 0);
}
