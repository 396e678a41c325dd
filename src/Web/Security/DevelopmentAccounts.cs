namespace SignauxFaibles.Web.Security;

/// <summary>
/// The seeded local accounts of the embedded run (documented in src/Web/README.md), used when
/// <c>Web:Accounts</c> is empty in Local mode. Development only: production uses OpenID Connect.
/// </summary>
public static class DevelopmentAccounts
{
    public const string Password = "signaux-faibles";

    public static IReadOnlyList<LocalAccount> All { get; } =
    [
        Account("admin", "Administratrice", [.. AgentRoles.All], departements: ["*"]),
        Account("national", "Agent national", [AgentRoles.Score, AgentRoles.Urssaf, AgentRoles.Dgefp, AgentRoles.Bdf], departements: ["*"]),
        Account("idf", "Agent Île-de-France", [AgentRoles.Score, AgentRoles.Urssaf, AgentRoles.Dgefp, AgentRoles.Bdf], regions: ["11"]),
        Account("agent75", "Agent de Paris", [AgentRoles.Score, AgentRoles.Urssaf, AgentRoles.Dgefp, AgentRoles.Bdf], departements: ["75"]),
        Account("score13", "Agent des Bouches-du-Rhône (score seul)", [AgentRoles.Score], departements: ["13"]),
    ];

    private static LocalAccount Account(string login, string name, List<string> roles, List<string>? departements = null, List<string>? regions = null) =>
        new()
        {
            Login = login,
            Password = Password,
            Name = name,
            Roles = roles,
            Departements = departements ?? [],
            Regions = regions ?? [],
        };
}
