namespace SignauxFaibles.Web.Suivi;

/// <summary>The reason categories of a suivi, with their French labels.</summary>
public static class SuiviCategories
{
    public static IReadOnlyList<(string Code, string Label)> All { get; } =
    [
        ("detection", "Détectée par la liste"),
        ("signalement", "Signalement d'un partenaire"),
        ("demande", "Demande de l'entreprise"),
        ("codefi", "Dossier CODEFI"),
        ("autre", "Autre motif"),
    ];

    public static bool IsKnown(string? code) => All.Any(c => c.Code == code);

    public static string Label(string code) => All.FirstOrDefault(c => c.Code == code).Label ?? code;
}
