using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SignauxFaibles.Domain.Features;

/// <summary>
/// The feature vector's layout, in vector order: names (stable, snake_case; the scorer and the training panel
/// key on them), explanation groups, the French label, unit and direction users read, and descriptions.
/// <see cref="double.NaN"/> means missing. The one place feature metadata live (docs/alerts.md).
/// </summary>
public static class FeatureSchema
{
    private const FeatureGroup Emploi = FeatureGroup.Emploi;
    private const FeatureGroup Dette = FeatureGroup.DetteSociale;
    private const FeatureGroup Ap = FeatureGroup.ActivitePartielle;
    private const FeatureGroup Finance = FeatureGroup.SanteFinanciere;
    private const FeatureGroup Retards = FeatureGroup.RetardsPaiement;
    private const FeatureGroup Contexte = FeatureGroup.Contexte;
    private const FeatureUnit Euros = FeatureUnit.Euros;
    private const FeatureUnit Salaries = FeatureUnit.Salaries;
    private const FeatureUnit Heures = FeatureUnit.Heures;
    private const FeatureUnit Jours = FeatureUnit.Jours;
    private const FeatureUnit Mois = FeatureUnit.Mois;
    private const FeatureUnit Ratio = FeatureUnit.Ratio;
    private const FeatureUnit Indicateur = FeatureUnit.Indicateur;
    private const FeatureUnit Code = FeatureUnit.Code;
    private const FeatureDirection Aggrave = FeatureDirection.Aggrave;
    private const FeatureDirection Attenue = FeatureDirection.Attenue;
    private const FeatureDirection Indeterminee = FeatureDirection.Indeterminee;

    public static readonly ImmutableArray<FeatureDefinition> All =
    [
        new("effectif", Emploi, "Effectif salarié", Salaries, Indeterminee,
            "Effectif de l'entreprise (URSSAF), reporté du dernier mois connu si absent"),
        new("effectif_6m", Emploi, "Effectif il y a 6 mois", Salaries, Indeterminee,
            "Effectif 6 mois plus tôt"),
        new("effectif_12m", Emploi, "Effectif il y a 12 mois", Salaries, Indeterminee,
            "Effectif 12 mois plus tôt"),
        new("effectif_18m", Emploi, "Effectif il y a 18 mois", Salaries, Indeterminee,
            "Effectif 18 mois plus tôt"),
        new("effectif_24m", Emploi, "Effectif il y a 24 mois", Salaries, Indeterminee,
            "Effectif 24 mois plus tôt"),
        new("effectif_var_6m", Emploi, "Évolution de l'effectif sur 6 mois", Ratio, Attenue,
            "Variation relative de l'effectif sur 6 mois"),
        new("effectif_var_12m", Emploi, "Évolution de l'effectif sur 12 mois", Ratio, Attenue,
            "Variation relative de l'effectif sur 12 mois"),
        new("effectif_var_24m", Emploi, "Évolution de l'effectif sur 24 mois", Ratio, Attenue,
            "Variation relative de l'effectif sur 24 mois"),
        new("effectif_reporte", Emploi, "Effectif non déclaré ce mois (reporté)", Indicateur, Indeterminee,
            "1 si l'effectif du mois est reporté d'un mois antérieur, 0 s'il est déclaré"),

        new("cotisation_due", Dette, "Cotisations URSSAF dues du mois", Euros, Indeterminee,
            "Cotisations dues pour le mois (EUR), périodes réparties sur leurs mois"),
        new("cotisation_moy_12m", Dette, "Cotisations URSSAF dues, moyenne sur 12 mois", Euros, Indeterminee,
            "Moyenne des cotisations dues sur les 12 derniers mois connus (EUR)"),
        new("dette_po", Dette, "Dette URSSAF, part ouvrière", Euros, Aggrave,
            "Dette URSSAF restante, part ouvrière (EUR)"),
        new("dette_pp", Dette, "Dette URSSAF, part patronale", Euros, Aggrave,
            "Dette URSSAF restante, part patronale (EUR)"),
        new("dette_totale", Dette, "Dette URSSAF totale", Euros, Aggrave,
            "Dette URSSAF restante, parts ouvrière et patronale (EUR)"),
        new("dette_po_1m", Dette, "Dette URSSAF part ouvrière il y a 1 mois", Euros, Aggrave,
            "Part ouvrière 1 mois plus tôt"),
        new("dette_po_2m", Dette, "Dette URSSAF part ouvrière il y a 2 mois", Euros, Aggrave,
            "Part ouvrière 2 mois plus tôt"),
        new("dette_po_3m", Dette, "Dette URSSAF part ouvrière il y a 3 mois", Euros, Aggrave,
            "Part ouvrière 3 mois plus tôt"),
        new("dette_po_6m", Dette, "Dette URSSAF part ouvrière il y a 6 mois", Euros, Aggrave,
            "Part ouvrière 6 mois plus tôt"),
        new("dette_po_12m", Dette, "Dette URSSAF part ouvrière il y a 12 mois", Euros, Aggrave,
            "Part ouvrière 12 mois plus tôt"),
        new("dette_pp_1m", Dette, "Dette URSSAF part patronale il y a 1 mois", Euros, Aggrave,
            "Part patronale 1 mois plus tôt"),
        new("dette_pp_2m", Dette, "Dette URSSAF part patronale il y a 2 mois", Euros, Aggrave,
            "Part patronale 2 mois plus tôt"),
        new("dette_pp_3m", Dette, "Dette URSSAF part patronale il y a 3 mois", Euros, Aggrave,
            "Part patronale 3 mois plus tôt"),
        new("dette_pp_6m", Dette, "Dette URSSAF part patronale il y a 6 mois", Euros, Aggrave,
            "Part patronale 6 mois plus tôt"),
        new("dette_pp_12m", Dette, "Dette URSSAF part patronale il y a 12 mois", Euros, Aggrave,
            "Part patronale 12 mois plus tôt"),
        new("dette_moy_3m", Dette, "Dette URSSAF moyenne sur 3 mois", Euros, Aggrave,
            "Dette totale moyenne sur les 3 derniers mois"),
        new("dette_moy_6m", Dette, "Dette URSSAF moyenne sur 6 mois", Euros, Aggrave,
            "Dette totale moyenne sur les 6 derniers mois"),
        new("dette_moy_12m", Dette, "Dette URSSAF moyenne sur 12 mois", Euros, Aggrave,
            "Dette totale moyenne sur les 12 derniers mois"),
        new("ratio_dette_cotisation", Dette, "Dette URSSAF en mois de cotisations", Ratio, Aggrave,
            "Dette totale / cotisation moyenne sur 12 mois"),
        new("dette_par_effectif", Dette, "Dette URSSAF par salarié", Euros, Aggrave,
            "Dette totale par salarié (EUR)"),
        new("dette_par_effectif_var_3m", Dette, "Évolution sur 3 mois de la dette URSSAF par salarié", Euros, Aggrave,
            "Évolution sur 3 mois de la dette par salarié (différence, EUR)"),
        new("delai_actif", Dette, "Délai de paiement URSSAF en cours", Indicateur, Aggrave,
            "1 si un délai de paiement URSSAF est en cours"),
        new("delai_montant", Dette, "Montant des délais de paiement URSSAF en cours", Euros, Aggrave,
            "Montant total des délais en cours (EUR)"),
        new("delai_jours_restants", Dette, "Jours restants du délai de paiement URSSAF", Jours, Indeterminee,
            "Jours restants jusqu'à l'échéance du dernier délai en cours"),
        new("delai_ecart_lineaire", Dette, "Retard sur l'échéancier du délai de paiement URSSAF", Ratio, Aggrave,
            "(Dette - reste attendu d'un remboursement linéaire) / montant des délais"),
        new("mois_depuis_ccsf", Dette, "Mois depuis le dernier passage en CCSF", Mois, Attenue,
            "Mois depuis le dernier événement CCSF"),

        new("ap_heures_autorisees", Ap, "Activité partielle, heures autorisées du mois", Heures, Aggrave,
            "Heures d'activité partielle autorisées par les demandes couvrant le mois"),
        new("ap_heures_consommees", Ap, "Activité partielle, heures consommées du mois", Heures, Aggrave,
            "Heures d'activité partielle consommées dans le mois"),
        new("ap_heures_consommees_cumul_12m", Ap, "Activité partielle, heures consommées sur 12 mois", Heures, Aggrave,
            "Heures consommées cumulées sur 12 mois"),
        new("ratio_apart", Ap, "Part des heures de travail en activité partielle", Ratio, Aggrave,
            "Heures consommées / (effectif x 157,67)"),
        new("ap_demande_12m", Ap, "Demande d'activité partielle dans les 12 derniers mois", Indicateur, Aggrave,
            "1 si une demande d'activité partielle couvre l'un des 12 derniers mois"),

        new("ca", Finance, "Chiffre d'affaires", Euros, Indeterminee,
            "Chiffre d'affaires du dernier bilan valide (EUR)"),
        new("ca_var_1a", Finance, "Évolution annuelle du chiffre d'affaires", Ratio, Attenue,
            "Variation relative du chiffre d'affaires annualisé sur le bilan précédent"),
        new("taux_marge", Finance, "Taux de marge (EBE / CA)", Ratio, Attenue,
            "EBE / chiffre d'affaires"),
        new("resultat_exploitation", Finance, "Résultat d'exploitation", Euros, Attenue,
            "Résultat d'exploitation (EUR)"),
        new("ebe", Finance, "Excédent brut d'exploitation", Euros, Attenue,
            "Excédent brut d'exploitation (EUR)"),
        new("va_par_effectif", Finance, "Valeur ajoutée par salarié", Euros, Attenue,
            "Valeur ajoutée annualisée par salarié (EUR)"),
        new("charges_personnel_va", Finance, "Poids des charges de personnel dans la valeur ajoutée", Ratio, Aggrave,
            "Charges de personnel / valeur ajoutée"),
        new("dette_nette_caf", Finance, "Dette financière nette / capacité d'autofinancement", Ratio, Aggrave,
            "(Dettes financières - trésorerie) / CAF annualisée"),
        new("liquidite_generale", Finance, "Liquidité générale", Ratio, Attenue,
            "Actif circulant / dettes à court terme"),
        new("capitaux_propres_negatifs", Finance, "Capitaux propres négatifs", Indicateur, Aggrave,
            "1 si les capitaux propres sont négatifs"),
        new("bfr", Finance, "Besoin en fonds de roulement", Euros, Indeterminee,
            "Besoin en fonds de roulement (EUR)"),
        new("rentabilite_economique", Finance, "Rentabilité économique", Ratio, Attenue,
            "Résultat d'exploitation annualisé / total du bilan"),
        new("solidite_financiere", Finance, "Solidité financière (capitaux propres / bilan)", Ratio, Attenue,
            "Capitaux propres / total du bilan"),
        new("frais_financiers_ebe", Finance, "Poids des frais financiers dans l'EBE", Ratio, Aggrave,
            "Frais financiers / EBE"),
        new("poids_frng", Finance, "Fonds de roulement en jours de chiffre d'affaires", Jours, Attenue,
            "Fonds de roulement net global en jours de chiffre d'affaires"),
        new("endettement", Finance, "Endettement (dettes financières / capitaux propres)", Ratio, Aggrave,
            "Dettes financières / capitaux propres"),
        new("ca_precedent", Finance, "Chiffre d'affaires du bilan précédent", Euros, Indeterminee,
            "Chiffre d'affaires du bilan précédent (EUR)"),
        new("ebe_precedent", Finance, "EBE du bilan précédent", Euros, Indeterminee,
            "EBE du bilan précédent (EUR)"),
        new("resultat_exploitation_precedent", Finance, "Résultat d'exploitation du bilan précédent", Euros, Indeterminee,
            "Résultat d'exploitation du bilan précédent (EUR)"),
        new("mois_depuis_cloture", Finance, "Ancienneté du dernier bilan", Mois, Indeterminee,
            "Mois écoulés depuis la clôture du dernier bilan valide"),

        new("delai_clients_jours", Finance, "Délai de paiement des clients", Jours, Aggrave,
            "Créances clients en jours de chiffre d'affaires"),
        new("delai_fournisseurs_jours", Retards, "Délai de paiement des fournisseurs (bilan)", Jours, Aggrave,
            "Dettes fournisseurs en jours d'achats"),

        new("age_mois", Contexte, "Âge de l'entreprise", Mois, Attenue,
            "Âge de l'entreprise en mois (création Sirene)"),
        new("naf_section_code", Contexte, "Secteur d'activité (section NAF)", Code, Indeterminee,
            "Section NAF (A = 0 .. U = 20)"),
        new("naf_division", Contexte, "Secteur d'activité (division NAF)", Code, Indeterminee,
            "Division NAF (2 chiffres)"),
        new("region_code", Contexte, "Région du siège", Code, Indeterminee,
            "Code INSEE de la région du siège"),
        new("procol_etat", Contexte, "Procédure collective en cours", Code, Indeterminee,
            "Procédure collective: 0 in bonis, 1 sauvegarde, 2 redressement, 3 liquidation"),

        .. SupplierPaymentFeatures.Definitions,
        .. FinancialSignals.Definitions,
    ];

    public static readonly int Count = All.Length;

    private static readonly FrozenDictionary<string, int> Indexes = BuildIndexes();

    /// <summary>The definition of a feature, or null when there is no such feature.</summary>
    public static FeatureDefinition? Find(string name) => IndexOf(name) is >= 0 and var i ? All[i] : null;

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
