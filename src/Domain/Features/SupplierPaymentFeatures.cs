using System.Collections.Immutable;
using SignauxFaibles.Domain.History;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Features;

/// <summary>
/// The "Retards de paiement fournisseurs" features from the supplier payment source: the latest month
/// known (at most <see cref="StaleAfterMonths"/> months before the month scored, else missing) and its
/// change over 3, 6 and 12 months (difference with the month that many months earlier, missing when that
/// month is unknown). Appended after the context features so earlier positions do not move.
/// </summary>
public static class SupplierPaymentFeatures
{
    /// <summary>A payment month older than this, relative to the month scored, is stale: no level.</summary>
    public const int StaleAfterMonths = 3;

    private const FeatureGroup Retards = FeatureGroup.RetardsPaiement;

    public static ImmutableArray<FeatureDefinition> Definitions { get; } =
    [
        FeatureText.Define("paiement_retard_jours", Retards, "Retard de paiement fournisseurs", "Jours", "Aggrave",
            "Retard moyen au-delà des échéances contractuelles des factures fournisseurs du dernier mois connu, pondéré par les montants (jours)"),
        FeatureText.Define("paiement_retard_jours_var_3m", Retards, "Évolution du retard fournisseurs sur 3 mois", "Jours", "Aggrave",
            "Retard moyen du dernier mois connu moins celui de 3 mois plus tôt (jours)"),
        FeatureText.Define("paiement_retard_jours_var_6m", Retards, "Évolution du retard fournisseurs sur 6 mois", "Jours", "Aggrave",
            "Retard moyen du dernier mois connu moins celui de 6 mois plus tôt (jours)"),
        FeatureText.Define("paiement_retard_jours_var_12m", Retards, "Évolution du retard fournisseurs sur 12 mois", "Jours", "Aggrave",
            "Retard moyen du dernier mois connu moins celui de 12 mois plus tôt (jours)"),
        FeatureText.Define("paiement_fpi_30", Retards, "Factures payées à plus de 30 jours de retard (FPI30)", "Ratio", "Aggrave",
            "Part du montant des factures du dernier mois connu payée plus de 30 jours après l'échéance"),
        FeatureText.Define("paiement_fpi_30_var_3m", Retards, "Évolution du FPI30 sur 3 mois", "Ratio", "Aggrave",
            "FPI30 du dernier mois connu moins celui de 3 mois plus tôt"),
        FeatureText.Define("paiement_fpi_30_var_6m", Retards, "Évolution du FPI30 sur 6 mois", "Ratio", "Aggrave",
            "FPI30 du dernier mois connu moins celui de 6 mois plus tôt"),
        FeatureText.Define("paiement_fpi_30_var_12m", Retards, "Évolution du FPI30 sur 12 mois", "Ratio", "Aggrave",
            "FPI30 du dernier mois connu moins celui de 12 mois plus tôt"),
        FeatureText.Define("paiement_fpi_90", Retards, "Factures payées à plus de 90 jours de retard (FPI90)", "Ratio", "Aggrave",
            "Part du montant des factures du dernier mois connu payée plus de 90 jours après l'échéance"),
        FeatureText.Define("paiement_fpi_90_var_3m", Retards, "Évolution du FPI90 sur 3 mois", "Ratio", "Aggrave",
            "FPI90 du dernier mois connu moins celui de 3 mois plus tôt"),
        FeatureText.Define("paiement_fpi_90_var_6m", Retards, "Évolution du FPI90 sur 6 mois", "Ratio", "Aggrave",
            "FPI90 du dernier mois connu moins celui de 6 mois plus tôt"),
        FeatureText.Define("paiement_fpi_90_var_12m", Retards, "Évolution du FPI90 sur 12 mois", "Ratio", "Aggrave",
            "FPI90 du dernier mois connu moins celui de 12 mois plus tôt"),
        FeatureText.Define("paiement_montant_retard_30", Retards, "Montant payé à plus de 30 jours de retard", "Euros", "Aggrave",
            "Montant des factures du dernier mois connu payées plus de 30 jours après l'échéance (EUR)"),
        FeatureText.Define("paiement_montant_retard_90", Retards, "Montant payé à plus de 90 jours de retard", "Euros", "Aggrave",
            "Montant des factures du dernier mois connu payées plus de 90 jours après l'échéance (EUR)"),
    ];

    internal static void Write(FirmHistory history, Month month, Span<double> v)
    {
        var facts = history.PaiementsFournisseurs;
        var latest = LastAtOrBefore(facts, month);
        if (latest < 0 || facts[latest].NombreFactures <= 0 || month.Index - facts[latest].Mois.Index > StaleAfterMonths)
        {
            return;
        }

        ref readonly var now = ref facts[latest];
        v[(int)FeatureId.PaiementRetardJours] = now.RetardMoyenJours;
        v[(int)FeatureId.PaiementFpi30] = now.Fpi30;
        v[(int)FeatureId.PaiementFpi90] = now.Fpi90;
        v[(int)FeatureId.PaiementMontantRetard30] = now.MontantRetard30;
        v[(int)FeatureId.PaiementMontantRetard90] = now.MontantRetard90;
        ReadOnlySpan<int> lags = [3, 6, 12];
        for (var i = 0; i < lags.Length; i++)
        {
            var before = Find(facts, now.Mois.AddMonths(-lags[i]));
            if (before < 0 || facts[before].NombreFactures <= 0)
            {
                continue;
            }

            v[(int)FeatureId.PaiementRetardJoursVar3m + i] = now.RetardMoyenJours - facts[before].RetardMoyenJours;
            v[(int)FeatureId.PaiementFpi30Var3m + i] = now.Fpi30 - facts[before].Fpi30;
            v[(int)FeatureId.PaiementFpi90Var3m + i] = now.Fpi90 - facts[before].Fpi90;
        }
    }

    // Facts are sorted by month.
    private static int LastAtOrBefore(ReadOnlySpan<SupplierPaymentFact> facts, Month month)
    {
        for (var i = facts.Length - 1; i >= 0; i--)
        {
            if (facts[i].Mois <= month)
            {
                return i;
            }
        }

        return -1;
    }

    private static int Find(ReadOnlySpan<SupplierPaymentFact> facts, Month month)
    {
        for (var i = facts.Length - 1; i >= 0 && facts[i].Mois >= month; i--)
        {
            if (facts[i].Mois == month)
            {
                return i;
            }
        }

        return -1;
    }
}
