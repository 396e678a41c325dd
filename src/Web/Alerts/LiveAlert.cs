namespace SignauxFaibles.Web.Alerts;

/// <summary>
/// An alert as the live page shows it: the alert event with the firm's name and zone, and its list flags
/// (docs/alerts.md, "List flags"): the firm's current dated list, whether it is in alert on it, whether it
/// would be a première alerte on the next.
/// </summary>
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
    DateTime RecueA,
    string ListeCourante,
    bool SurListeCourante,
    bool PremiereSurProchaineListe);
