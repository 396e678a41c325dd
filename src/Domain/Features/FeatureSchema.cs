using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SignauxFaibles.Domain.Features;

/// <summary>
/// The feature vector's layout: names (stable, snake_case; the scorer and the training panel key on them),
/// explanation groups and descriptions, in vector order. <see cref="double.NaN"/> means missing.
/// </summary>
public static class FeatureSchema
{
    private const FeatureGroup Emploi = FeatureGroup.Emploi;
    private const FeatureGroup Dette = FeatureGroup.DetteSociale;
    private const FeatureGroup Ap = FeatureGroup.ActivitePartielle;
    private const FeatureGroup Finance = FeatureGroup.SanteFinanciere;
    private const FeatureGroup Retards = FeatureGroup.RetardsPaiement;
    private const FeatureGroup Contexte = FeatureGroup.Contexte;

    public static readonly ImmutableArray<FeatureDefinition> All =
    [
        new("effectif", Emploi, "Effectif de l'entreprise (URSSAF), reporté du dernier mois connu si absent"),
        new("effectif_6m", Emploi, "Effectif 6 mois plus tôt"),
        new("effectif_12m", Emploi, "Effectif 12 mois plus tôt"),
        new("effectif_18m", Emploi, "Effectif 18 mois plus tôt"),
        new("effectif_24m", Emploi, "Effectif 24 mois plus tôt"),
        new("effectif_var_6m", Emploi, "Variation relative de l'effectif sur 6 mois"),
        new("effectif_var_12m", Emploi, "Variation relative de l'effectif sur 12 mois"),
        new("effectif_var_24m", Emploi, "Variation relative de l'effectif sur 24 mois"),
        new("effectif_reporte", Emploi, "1 si l'effectif du mois est reporté d'un mois antérieur, 0 s'il est déclaré"),

        new("cotisation_due", Dette, "Cotisations dues pour le mois (EUR), périodes réparties sur leurs mois"),
        new("cotisation_moy_12m", Dette, "Moyenne des cotisations dues sur les 12 derniers mois connus (EUR)"),
        new("dette_po", Dette, "Dette URSSAF restante, part ouvrière (EUR)"),
        new("dette_pp", Dette, "Dette URSSAF restante, part patronale (EUR)"),
        new("dette_totale", Dette, "Dette URSSAF restante, parts ouvrière et patronale (EUR)"),
        new("dette_po_1m", Dette, "Part ouvrière 1 mois plus tôt"),
        new("dette_po_2m", Dette, "Part ouvrière 2 mois plus tôt"),
        new("dette_po_3m", Dette, "Part ouvrière 3 mois plus tôt"),
        new("dette_po_6m", Dette, "Part ouvrière 6 mois plus tôt"),
        new("dette_po_12m", Dette, "Part ouvrière 12 mois plus tôt"),
        new("dette_pp_1m", Dette, "Part patronale 1 mois plus tôt"),
        new("dette_pp_2m", Dette, "Part patronale 2 mois plus tôt"),
        new("dette_pp_3m", Dette, "Part patronale 3 mois plus tôt"),
        new("dette_pp_6m", Dette, "Part patronale 6 mois plus tôt"),
        new("dette_pp_12m", Dette, "Part patronale 12 mois plus tôt"),
        new("dette_moy_3m", Dette, "Dette totale moyenne sur les 3 derniers mois"),
        new("dette_moy_6m", Dette, "Dette totale moyenne sur les 6 derniers mois"),
        new("dette_moy_12m", Dette, "Dette totale moyenne sur les 12 derniers mois"),
        new("ratio_dette_cotisation", Dette, "Dette totale / cotisation moyenne sur 12 mois"),
        new("dette_par_effectif", Dette, "Dette totale par salarié (EUR)"),
        new("dette_par_effectif_var_3m", Dette, "Évolution sur 3 mois de la dette par salarié (différence, EUR)"),
        new("delai_actif", Dette, "1 si un délai de paiement URSSAF est en cours"),
        new("delai_montant", Dette, "Montant total des délais en cours (EUR)"),
        new("delai_jours_restants", Dette, "Jours restants jusqu'à l'échéance du dernier délai en cours"),
        new("delai_ecart_lineaire", Dette, "(Dette - reste attendu d'un remboursement linéaire) / montant des délais"),
        new("mois_depuis_ccsf", Dette, "Mois depuis le dernier événement CCSF"),

        new("ap_heures_autorisees", Ap, "Heures d'activité partielle autorisées par les demandes couvrant le mois"),
        new("ap_heures_consommees", Ap, "Heures d'activité partielle consommées dans le mois"),
        new("ap_heures_consommees_cumul_12m", Ap, "Heures consommées cumulées sur 12 mois"),
        new("ratio_apart", Ap, "Heures consommées / (effectif x 157,67)"),
        new("ap_demande_12m", Ap, "1 si une demande d'activité partielle couvre l'un des 12 derniers mois"),

        new("ca", Finance, "Chiffre d'affaires du dernier bilan valide (EUR)"),
        new("ca_var_1a", Finance, "Variation relative du chiffre d'affaires annualisé sur le bilan précédent"),
        new("taux_marge", Finance, "EBE / chiffre d'affaires"),
        new("resultat_exploitation", Finance, "Résultat d'exploitation (EUR)"),
        new("ebe", Finance, "Excédent brut d'exploitation (EUR)"),
        new("va_par_effectif", Finance, "Valeur ajoutée annualisée par salarié (EUR)"),
        new("charges_personnel_va", Finance, "Charges de personnel / valeur ajoutée"),
        new("dette_nette_caf", Finance, "(Dettes financières - trésorerie) / CAF annualisée"),
        new("liquidite_generale", Finance, "Actif circulant / dettes à court terme"),
        new("capitaux_propres_negatifs", Finance, "1 si les capitaux propres sont négatifs"),
        new("bfr", Finance, "Besoin en fonds de roulement (EUR)"),
        new("rentabilite_economique", Finance, "Résultat d'exploitation annualisé / total du bilan"),
        new("solidite_financiere", Finance, "Capitaux propres / total du bilan"),
        new("frais_financiers_ebe", Finance, "Frais financiers / EBE"),
        new("poids_frng", Finance, "Fonds de roulement net global en jours de chiffre d'affaires"),
        new("endettement", Finance, "Dettes financières / capitaux propres"),
        new("ca_precedent", Finance, "Chiffre d'affaires du bilan précédent (EUR)"),
        new("ebe_precedent", Finance, "EBE du bilan précédent (EUR)"),
        new("resultat_exploitation_precedent", Finance, "Résultat d'exploitation du bilan précédent (EUR)"),
        new("mois_depuis_cloture", Finance, "Mois écoulés depuis la clôture du dernier bilan valide"),

        new("delai_clients_jours", Retards, "Créances clients en jours de chiffre d'affaires"),
        new("delai_fournisseurs_jours", Retards, "Dettes fournisseurs en jours d'achats"),

        new("age_mois", Contexte, "Âge de l'entreprise en mois (création Sirene)"),
        new("naf_section_code", Contexte, "Section NAF (A = 0 .. U = 20)"),
        new("naf_division", Contexte, "Division NAF (2 chiffres)"),
        new("region_code", Contexte, "Code INSEE de la région du siège"),
        new("procol_etat", Contexte, "Procédure collective: 0 in bonis, 1 sauvegarde, 2 redressement, 3 liquidation"),

        .. SupplierPaymentFeatures.Definitions,
        .. FinancialSignals.Definitions,
    ];

    public static readonly int Count = All.Length;

    private static readonly FrozenDictionary<string, int> Indexes = BuildIndexes();

    /// <summary>The position of a feature in the vector, or -1 when there is no such feature.</summary>
    public static int IndexOf(string name) => Indexes.TryGetValue(name, out var i) ? i : -1;

    private static FrozenDictionary<string, int> BuildIndexes()
    {
        var indexes = new Dictionary<string, int>(All.Length, StringComparer.Ordinal);
        for (var i = 0; i < All.Length; i++)
        {
            indexes.Add(All[i].Name, i);
        }

        return indexes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
