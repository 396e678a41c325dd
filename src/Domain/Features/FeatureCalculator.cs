using System.Globalization;
using System.Runtime.InteropServices;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Reference;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Features;

/// <summary>
/// The feature vector of a firm at a month (domain.md §4), computed from its <see cref="FirmHistory"/> by the
/// rules: the same code in the live grain and in training. It reads the history only, in key order, so equal
/// histories give bitwise-equal vectors. Dated facts (plans, procédures) are evaluated on the month's last day.
/// The only heap allocation is the result's array.
/// </summary>
public static class FeatureCalculator
{
    /// <summary>Hours of a full-time month in the activité partielle ratio (domain.md §4).</summary>
    public const double HeuresRatioApart = 157.67;

    private const int DebtMonths = 13;
    private const int YearMonths = 12;

    public static FeatureVector Compute(FirmHistory history, Month month)
    {
        var values = new double[FeatureSchema.Count];
        values.AsSpan().Fill(double.NaN);
        var asOf = month.EndExclusive.AddDays(-1);

        var effectif = Emploi(history, month, values);
        DetteSociale(history, month, asOf, effectif, values);
        ActivitePartielle(history, month, effectif, values);
        SanteFinanciere(history, month, values);
        Contexte(history, month, asOf, values);
        SupplierPaymentFeatures.Write(history, month, values);
        FinancialSignals.Write(history.Statements, month, values);

        return new FeatureVector(history.Siren, month, ImmutableCollectionsMarshal.AsImmutableArray(values));
    }

    private static double Emploi(FirmHistory history, Month month, Span<double> v)
    {
        var now = HeadcountRules.FirmAt(history, month);
        var before6 = HeadcountRules.FirmAt(history, month.AddMonths(-6)).Value;
        var before12 = HeadcountRules.FirmAt(history, month.AddMonths(-12)).Value;
        var before24 = HeadcountRules.FirmAt(history, month.AddMonths(-24)).Value;
        v[(int)FeatureId.Effectif] = now.Value;
        v[(int)FeatureId.Effectif6m] = before6;
        v[(int)FeatureId.Effectif12m] = before12;
        v[(int)FeatureId.Effectif18m] = HeadcountRules.FirmAt(history, month.AddMonths(-18)).Value;
        v[(int)FeatureId.Effectif24m] = before24;
        v[(int)FeatureId.EffectifVar6m] = Variation(now.Value, before6);
        v[(int)FeatureId.EffectifVar12m] = Variation(now.Value, before12);
        v[(int)FeatureId.EffectifVar24m] = Variation(now.Value, before24);
        v[(int)FeatureId.EffectifReporte] = now.IsKnown ? (now.Reported ? 0 : 1) : double.NaN;
        return now.Value;
    }

    /// <summary>Relative change from <paramref name="before"/> to <paramref name="now"/>; missing without a positive earlier headcount.</summary>
    private static double Variation(double now, double before) =>
        before > 0 ? FinancialRatios.Ratio(now - before, before) : double.NaN;

    private static void DetteSociale(FirmHistory history, Month month, DateOnly asOf, double effectif, Span<double> v)
    {
        // Cotisations over the last 12 months, [month - 11, month].
        Span<decimal> due = stackalloc decimal[YearMonths];
        Span<bool> known = stackalloc bool[YearMonths];
        CotisationRules.Fill(history.Cotisations, month.AddMonths(1 - YearMonths), due, known);
        var sum = 0m;
        var count = 0;
        for (var i = 0; i < YearMonths; i++)
        {
            if (known[i])
            {
                sum += due[i];
                count++;
            }
        }

        var moyenne = count > 0 ? (double)(sum / count) : double.NaN;
        v[(int)FeatureId.CotisationDue] = known[YearMonths - 1] ? (double)due[YearMonths - 1] : double.NaN;
        v[(int)FeatureId.CotisationMoy12m] = moyenne;

        // Debt over [month - 12, month]; slot 12 is the month itself.
        Span<decimal> po = stackalloc decimal[DebtMonths];
        Span<decimal> pp = stackalloc decimal[DebtMonths];
        DebtRules.Fill(history.Debits, month.AddMonths(1 - DebtMonths), po, pp);
        const int now = DebtMonths - 1;
        var totalDecimal = po[now] + pp[now];
        var total = (double)totalDecimal;
        v[(int)FeatureId.DettePo] = (double)po[now];
        v[(int)FeatureId.DettePp] = (double)pp[now];
        v[(int)FeatureId.DetteTotale] = total;
        v[(int)FeatureId.DettePo1m] = (double)po[now - 1];
        v[(int)FeatureId.DettePo2m] = (double)po[now - 2];
        v[(int)FeatureId.DettePo3m] = (double)po[now - 3];
        v[(int)FeatureId.DettePo6m] = (double)po[now - 6];
        v[(int)FeatureId.DettePo12m] = (double)po[now - 12];
        v[(int)FeatureId.DettePp1m] = (double)pp[now - 1];
        v[(int)FeatureId.DettePp2m] = (double)pp[now - 2];
        v[(int)FeatureId.DettePp3m] = (double)pp[now - 3];
        v[(int)FeatureId.DettePp6m] = (double)pp[now - 6];
        v[(int)FeatureId.DettePp12m] = (double)pp[now - 12];
        v[(int)FeatureId.DetteMoy3m] = MeanTotal(po, pp, 3);
        v[(int)FeatureId.DetteMoy6m] = MeanTotal(po, pp, 6);
        v[(int)FeatureId.DetteMoy12m] = MeanTotal(po, pp, 12);
        v[(int)FeatureId.RatioDetteCotisation] = FinancialRatios.Ratio(total, moyenne);

        var parEffectif = effectif > 0 ? total / effectif : double.NaN;
        var effectif3m = HeadcountRules.FirmAt(history, month.AddMonths(-3)).Value;
        var parEffectif3m = effectif3m > 0 ? (double)(po[now - 3] + pp[now - 3]) / effectif3m : double.NaN;
        v[(int)FeatureId.DetteParEffectif] = parEffectif;
        v[(int)FeatureId.DetteParEffectifVar3m] = parEffectif - parEffectif3m;

        var delai = DelaiRules.At(history.Delais, asOf, totalDecimal);
        v[(int)FeatureId.DelaiActif] = delai.Actif ? 1 : 0;
        v[(int)FeatureId.DelaiMontant] = (double)delai.Montant;
        v[(int)FeatureId.DelaiJoursRestants] = delai.JoursRestants;
        v[(int)FeatureId.DelaiEcartLineaire] = delai.EcartLineaire;

        v[(int)FeatureId.MoisDepuisCcsf] = MonthsSinceCcsf(history.Ccsf, month);
    }

    private static void ActivitePartielle(FirmHistory history, Month month, double effectif, Span<double> v)
    {
        Span<double> heures = stackalloc double[YearMonths];
        ActivitePartielleRules.FillHeuresConsommees(history.ApConsommations, month.AddMonths(1 - YearMonths), heures);
        var cumul = 0.0;
        foreach (var h in heures)
        {
            cumul += h;
        }

        var consommees = heures[YearMonths - 1];
        v[(int)FeatureId.ApHeuresAutorisees] = ActivitePartielleRules.HeuresAutorisees(history.ApDemandes, month);
        v[(int)FeatureId.ApHeuresConsommees] = consommees;
        v[(int)FeatureId.ApHeuresConsommeesCumul12m] = cumul;
        v[(int)FeatureId.RatioApart] = effectif > 0 ? consommees / (effectif * HeuresRatioApart) : double.NaN;
        v[(int)FeatureId.ApDemande12m] = ActivitePartielleRules.AnyRequest(history.ApDemandes, month.AddMonths(1 - YearMonths), month) ? 1 : 0;
    }

    private static void SanteFinanciere(FirmHistory history, Month month, Span<double> v)
    {
        var statements = history.Statements;
        var selection = FinancialStatementRules.Select(statements, month);
        if (!selection.HasLatest)
        {
            return;
        }

        ref readonly var latest = ref statements[selection.Latest];
        var cloture = Month.From(latest.DateCloture);
        StatementFact? previous = selection.HasPrevious ? statements[selection.Previous] : null;
        FinancialRatios.Write(latest, previous, HeadcountRules.FirmAt(history, cloture).Value, v);
        v[(int)FeatureId.MoisDepuisCloture] = month.Index - cloture.Index;
    }

    private static void Contexte(FirmHistory history, Month month, DateOnly asOf, Span<double> v)
    {
        if (history.DateCreation is { } creation)
        {
            v[(int)FeatureId.AgeMois] = month.Index - Month.From(creation).Index;
        }

        var ape = history.Ape;
        if (NafNomenclature.SectionOf(ape) is { } section)
        {
            v[(int)FeatureId.NafSectionCode] = NafNomenclature.SectionIndex(section);
        }

        if (NafNomenclature.DivisionOf(ape) is { } division)
        {
            v[(int)FeatureId.NafDivision] = division;
        }

        if (Departements.RegionOf(history.Siege?.Departement) is { } region
            && int.TryParse(region, NumberStyles.None, CultureInfo.InvariantCulture, out var regionCode))
        {
            v[(int)FeatureId.RegionCode] = regionCode;
        }

        v[(int)FeatureId.ProcolEtat] = (int)ProcedureRules.StateAt(history.Procedures, asOf);
    }

    private static double MeanTotal(ReadOnlySpan<decimal> po, ReadOnlySpan<decimal> pp, int months)
    {
        var sum = 0m;
        for (var i = po.Length - months; i < po.Length; i++)
        {
            sum += po[i] + pp[i];
        }

        return (double)(sum / months);
    }

    private static double MonthsSinceCcsf(ReadOnlySpan<CcsfFact> ccsf, Month month)
    {
        for (var i = ccsf.Length - 1; i >= 0; i--)
        {
            if (ccsf[i].Mois <= month)
            {
                return month.Index - ccsf[i].Mois.Index;
            }
        }

        return double.NaN;
    }
}
