namespace SignauxFaibles.Domain.Features;

/// <summary>The five groups explanations are summed into (domain.md §5), plus the firm's context.</summary>
public enum FeatureGroup
{
    SanteFinanciere,
    DetteSociale,
    ActivitePartielle,
    RetardsPaiement,
    Emploi,
    Contexte,
}
