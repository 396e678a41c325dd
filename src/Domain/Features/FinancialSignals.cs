using System.Collections.Immutable;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Rules;
using SignauxFaibles.Domain.Time;
using static SignauxFaibles.Domain.Features.FinancialRatios;

namespace SignauxFaibles.Domain.Features;

/// <summary>
/// The original's financial signals that the first feature set lacked: stocks / CA, liquidité réduite and
/// immédiate, taux d'investissement, capitaux propres / capital social, BFR / capitaux propres, and the main
/// ratios of the two previous fiscal years (N-1, N-2), from the same statement selection as the other
/// financial features (<see cref="FinancialStatementRules"/>; N-2 is the statement before N-1, at most 24
/// months earlier). Délais de paiement and d'encaissement are <c>delai_fournisseurs_jours</c> and
/// <c>delai_clients_jours</c>. Appended after the supplier features so earlier positions do not move.
/// </summary>
public static class FinancialSignals
{
    private const FeatureGroup Finance = FeatureGroup.SanteFinanciere;

    public static ImmutableArray<FeatureDefinition> Definitions { get; } =
    [
        FeatureText.Define("stocks_ca", Finance, "Stocks / chiffre d'affaires", "Ratio", "Aggrave",
            "Stocks et en-cours / chiffre d'affaires annualisé du dernier bilan valide"),
        FeatureText.Define("liquidite_reduite", Finance, "Liquidité réduite", "Ratio", "Attenue",
            "(Actif circulant - stocks) / dettes à court terme"),
        FeatureText.Define("liquidite_immediate", Finance, "Liquidité immédiate", "Ratio", "Attenue",
            "Disponibilités / dettes à court terme"),
        FeatureText.Define("taux_investissement", Finance, "Taux d'investissement", "Ratio", "Attenue",
            "Investissements de l'exercice / valeur ajoutée"),
        FeatureText.Define("capitaux_propres_capital_social", Finance, "Capitaux propres / capital social", "Ratio", "Attenue",
            "Capitaux propres / capital social (sous 0,5 : la moitié du capital est perdue)"),
        FeatureText.Define("bfr_capitaux_propres", Finance, "BFR / capitaux propres", "Ratio", "Aggrave",
            "Besoin en fonds de roulement / capitaux propres"),
        FeatureText.Define("taux_marge_n1", Finance, "Taux de marge N-1", "Ratio", "Attenue", "EBE / chiffre d'affaires du bilan précédent"),
        FeatureText.Define("taux_marge_n2", Finance, "Taux de marge N-2", "Ratio", "Attenue", "EBE / chiffre d'affaires du bilan d'avant"),
        FeatureText.Define("rentabilite_economique_n1", Finance, "Rentabilité économique N-1", "Ratio", "Attenue",
            "Résultat d'exploitation annualisé / total du bilan, bilan précédent"),
        FeatureText.Define("rentabilite_economique_n2", Finance, "Rentabilité économique N-2", "Ratio", "Attenue",
            "Résultat d'exploitation annualisé / total du bilan, bilan d'avant"),
        FeatureText.Define("endettement_n1", Finance, "Endettement N-1", "Ratio", "Aggrave", "Dettes financières / capitaux propres, bilan précédent"),
        FeatureText.Define("endettement_n2", Finance, "Endettement N-2", "Ratio", "Aggrave", "Dettes financières / capitaux propres, bilan d'avant"),
        FeatureText.Define("liquidite_generale_n1", Finance, "Liquidité générale N-1", "Ratio", "Attenue", "Actif circulant / dettes à court terme, bilan précédent"),
        FeatureText.Define("liquidite_generale_n2", Finance, "Liquidité générale N-2", "Ratio", "Attenue", "Actif circulant / dettes à court terme, bilan d'avant"),
        FeatureText.Define("solidite_financiere_n1", Finance, "Solidité financière N-1", "Ratio", "Attenue", "Capitaux propres / total du bilan, bilan précédent"),
        FeatureText.Define("solidite_financiere_n2", Finance, "Solidité financière N-2", "Ratio", "Attenue", "Capitaux propres / total du bilan, bilan d'avant"),
        FeatureText.Define("ca_n2", Finance, "Chiffre d'affaires N-2", "Euros", "Indeterminee", "Chiffre d'affaires du bilan d'avant le précédent (EUR)"),
    ];

    public static double StocksCa(in FinancialFigures f, int dureeMois) => Ratio(f.Stocks, Annualise(f.ChiffreAffaires, dureeMois));

    public static double LiquiditeReduite(in FinancialFigures f) => Ratio(f.ActifCirculant - f.Stocks, f.DettesCourtTerme);

    public static double LiquiditeImmediate(in FinancialFigures f) => Ratio(f.Disponibilites, f.DettesCourtTerme);

    public static double TauxInvestissement(in FinancialFigures f) => Ratio(f.Investissements, f.ValeurAjoutee);

    public static double CapitauxPropresCapitalSocial(in FinancialFigures f) => Ratio(f.CapitauxPropres, f.CapitalSocial);

    public static double BfrCapitauxPropres(in FinancialFigures f) => Ratio(f.BesoinFondsRoulement, f.CapitauxPropres);

    internal static void Write(ReadOnlySpan<StatementFact> statements, Month month, Span<double> v)
    {
        var selection = FinancialStatementRules.Select(statements, month);
        if (!selection.HasLatest)
        {
            return;
        }

        ref readonly var latest = ref statements[selection.Latest];
        var f = latest.Figures;
        v[(int)FeatureId.StocksCa] = StocksCa(f, latest.DureeExerciceMois);
        v[(int)FeatureId.LiquiditeReduite] = LiquiditeReduite(f);
        v[(int)FeatureId.LiquiditeImmediate] = LiquiditeImmediate(f);
        v[(int)FeatureId.TauxInvestissement] = TauxInvestissement(f);
        v[(int)FeatureId.CapitauxPropresCapitalSocial] = CapitauxPropresCapitalSocial(f);
        v[(int)FeatureId.BfrCapitauxPropres] = BfrCapitauxPropres(f);
        if (!selection.HasPrevious)
        {
            return;
        }

        ref readonly var n1 = ref statements[selection.Previous];
        WriteYear(n1, 0, v);

        // N-2: the statement before N-1, by the same rule applied at N-1's closing month.
        var before = FinancialStatementRules.Select(statements, Month.From(n1.DateCloture));
        if (before.HasPrevious && statements[before.Previous].DateCloture < n1.DateCloture)
        {
            ref readonly var n2 = ref statements[before.Previous];
            WriteYear(n2, 1, v);
            v[(int)FeatureId.CaN2] = n2.Figures.ChiffreAffaires;
        }
    }

    private static void WriteYear(in StatementFact s, int offset, Span<double> v)
    {
        var f = s.Figures;
        v[(int)FeatureId.TauxMargeN1 + offset] = TauxMarge(f);
        v[(int)FeatureId.RentabiliteEconomiqueN1 + offset] = RentabiliteEconomique(f, s.DureeExerciceMois);
        v[(int)FeatureId.EndettementN1 + offset] = Endettement(f);
        v[(int)FeatureId.LiquiditeGeneraleN1 + offset] = LiquiditeGenerale(f);
        v[(int)FeatureId.SoliditeFinanciereN1 + offset] = SoliditeFinanciere(f);
    }
}
