using SignauxFaibles.Domain.Features;

namespace SignauxFaibles.Domain.Scoring;

/// <summary>
/// The five groups a score explanation is shown in (domain.md §5), in display order, plus the firm's context
/// (sector, région, age, procédure state), shown as its own part before them.
/// </summary>
public enum ExplanationGroup
{
    SanteFinanciere = 0,
    DetteSociale = 1,
    ActivitePartielle = 2,
    RetardsPaiement = 3,
    Emploi = 4,
    Contexte = 5,
}

/// <summary>How feature groups map to the explanation groups users see.</summary>
public static class ExplanationGroups
{
    /// <summary>The five groups in display order.</summary>
    public static IReadOnlyList<ExplanationGroup> All { get; } =
    [
        ExplanationGroup.SanteFinanciere, ExplanationGroup.DetteSociale, ExplanationGroup.ActivitePartielle,
        ExplanationGroup.RetardsPaiement, ExplanationGroup.Emploi,
    ];

    /// <summary>The bars of the waterfall in order: the context first (nobody can act on it), then the five groups.</summary>
    public static IReadOnlyList<ExplanationGroup> Waterfall { get; } = [ExplanationGroup.Contexte, .. All];

    /// <summary>The explanation group of a feature group (context features form the "contexte" part).</summary>
    public static ExplanationGroup Of(FeatureGroup group) => group switch
    {
        FeatureGroup.SanteFinanciere => ExplanationGroup.SanteFinanciere,
        FeatureGroup.DetteSociale => ExplanationGroup.DetteSociale,
        FeatureGroup.ActivitePartielle => ExplanationGroup.ActivitePartielle,
        FeatureGroup.RetardsPaiement => ExplanationGroup.RetardsPaiement,
        FeatureGroup.Emploi => ExplanationGroup.Emploi,
        _ => ExplanationGroup.Contexte,
    };

    /// <summary>The French label shown to users.</summary>
    public static string Label(this ExplanationGroup group) => group switch
    {
        ExplanationGroup.SanteFinanciere => "Santé financière",
        ExplanationGroup.DetteSociale => "Dette sociale (URSSAF)",
        ExplanationGroup.ActivitePartielle => "Activité partielle",
        ExplanationGroup.RetardsPaiement => "Retards de paiement fournisseurs",
        ExplanationGroup.Emploi => "Emploi (effectif)",
        _ => "Contexte (secteur, région, âge)",
    };
}
