namespace SignauxFaibles.Web.Alerts;

/// <summary>An alert as the live page shows it: the alert event with the firm's name and zone.</summary>
public sealed record LiveAlert(
    string Siren,
    string? RaisonSociale,
    string? Departement,
    string Niveau,
    string NiveauLibelle,
    string Precedent,
    double? RisquePourcent,
    bool PremiereAlerte,
    string Mois,
    DateTime RecueA);
