using SignauxFaibles.Domain.History;

namespace SignauxFaibles.Domain.Features;

/// <summary>
/// Every financial ratio, computed in this one place from a statement's figures whatever its provider.
/// Flows (CA, EBE, VA, résultat, CAF, achats) are annualised when the fiscal year is not 12 months long
/// before they are compared with stocks or with another year; raw amounts are reported as delivered.
/// A ratio with a missing or zero denominator, or a non-finite result, is missing (NaN).
/// </summary>
public static class FinancialRatios
{
    public const double JoursParAn = 360;

    public static double Annualise(double flow, int dureeMois) => dureeMois is > 0 and not 12 ? flow * 12.0 / dureeMois : flow;

    public static double Ratio(double numerator, double denominator)
    {
        if (double.IsNaN(numerator) || double.IsNaN(denominator) || denominator == 0)
        {
            return double.NaN;
        }

        var r = numerator / denominator;
        return double.IsFinite(r) ? r : double.NaN;
    }

    public static double TauxMarge(in FinancialFigures f) => Ratio(f.ExcedentBrutExploitation, f.ChiffreAffaires);

    public static double ChargesPersonnelVa(in FinancialFigures f) => Ratio(f.ChargesPersonnel, f.ValeurAjoutee);

    public static double LiquiditeGenerale(in FinancialFigures f) => Ratio(f.ActifCirculant, f.DettesCourtTerme);

    public static double SoliditeFinanciere(in FinancialFigures f) => Ratio(f.CapitauxPropres, f.TotalBilan);

    public static double FraisFinanciersEbe(in FinancialFigures f) => Ratio(f.FraisFinanciers, f.ExcedentBrutExploitation);

    public static double Endettement(in FinancialFigures f) => Ratio(f.DettesFinancieres, f.CapitauxPropres);

    public static double CapitauxPropresNegatifs(in FinancialFigures f) =>
        double.IsNaN(f.CapitauxPropres) ? double.NaN : f.CapitauxPropres < 0 ? 1 : 0;

    public static double DetteNetteCaf(in FinancialFigures f, int dureeMois) =>
        Ratio(f.DettesFinancieres - f.Tresorerie, Annualise(f.CapaciteAutofinancement, dureeMois));

    public static double RentabiliteEconomique(in FinancialFigures f, int dureeMois) =>
        Ratio(Annualise(f.ResultatExploitation, dureeMois), f.TotalBilan);

    public static double DelaiClientsJours(in FinancialFigures f, int dureeMois) =>
        Ratio(f.CreancesClients, Annualise(f.ChiffreAffaires, dureeMois)) * JoursParAn;

    public static double DelaiFournisseursJours(in FinancialFigures f, int dureeMois) =>
        Ratio(f.DettesFournisseurs, Annualise(f.Achats, dureeMois)) * JoursParAn;

    public static double PoidsFrng(in FinancialFigures f, int dureeMois) =>
        Ratio(f.FondsRoulementNetGlobal, Annualise(f.ChiffreAffaires, dureeMois)) * JoursParAn;

    /// <summary>Annualised value added per employee; the statement's headcount, else <paramref name="effectifRepli"/>.</summary>
    public static double VaParEffectif(in FinancialFigures f, int dureeMois, double effectifRepli)
    {
        var effectif = f.Effectif > 0 ? f.Effectif : effectifRepli;
        return effectif > 0 ? Ratio(Annualise(f.ValeurAjoutee, dureeMois), effectif) : double.NaN;
    }

    /// <summary>Year-on-year relative change of annualised turnover.</summary>
    public static double CaVariation(in StatementFact latest, in StatementFact previous)
    {
        var prev = Annualise(previous.Figures.ChiffreAffaires, previous.DureeExerciceMois);
        return Ratio(Annualise(latest.Figures.ChiffreAffaires, latest.DureeExerciceMois) - prev, Math.Abs(prev));
    }

    /// <summary>Writes the financial features of the statement selection into the vector.</summary>
    internal static void Write(in StatementFact latest, StatementFact? previous, double effectifRepli, Span<double> v)
    {
        var f = latest.Figures;
        var duree = latest.DureeExerciceMois;
        v[(int)FeatureId.Ca] = f.ChiffreAffaires;
        v[(int)FeatureId.TauxMarge] = TauxMarge(f);
        v[(int)FeatureId.ResultatExploitation] = f.ResultatExploitation;
        v[(int)FeatureId.Ebe] = f.ExcedentBrutExploitation;
        v[(int)FeatureId.VaParEffectif] = VaParEffectif(f, duree, effectifRepli);
        v[(int)FeatureId.ChargesPersonnelVa] = ChargesPersonnelVa(f);
        v[(int)FeatureId.DetteNetteCaf] = DetteNetteCaf(f, duree);
        v[(int)FeatureId.LiquiditeGenerale] = LiquiditeGenerale(f);
        v[(int)FeatureId.CapitauxPropresNegatifs] = CapitauxPropresNegatifs(f);
        v[(int)FeatureId.Bfr] = f.BesoinFondsRoulement;
        v[(int)FeatureId.RentabiliteEconomique] = RentabiliteEconomique(f, duree);
        v[(int)FeatureId.SoliditeFinanciere] = SoliditeFinanciere(f);
        v[(int)FeatureId.FraisFinanciersEbe] = FraisFinanciersEbe(f);
        v[(int)FeatureId.PoidsFrng] = PoidsFrng(f, duree);
        v[(int)FeatureId.Endettement] = Endettement(f);
        v[(int)FeatureId.DelaiClientsJours] = DelaiClientsJours(f, duree);
        v[(int)FeatureId.DelaiFournisseursJours] = DelaiFournisseursJours(f, duree);
        if (previous is { } p)
        {
            v[(int)FeatureId.CaVar1a] = CaVariation(latest, p);
            v[(int)FeatureId.CaPrecedent] = p.Figures.ChiffreAffaires;
            v[(int)FeatureId.EbePrecedent] = p.Figures.ExcedentBrutExploitation;
            v[(int)FeatureId.ResultatExploitationPrecedent] = p.Figures.ResultatExploitation;
        }
    }
}
