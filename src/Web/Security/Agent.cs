using System.Collections.Frozen;

namespace SignauxFaibles.Web.Security;

/// <summary>
/// An authenticated agent as access control sees him: his login, roles and zone. A null zone means the whole
/// of France (national agents and admins); otherwise the set of département codes he covers (his régions
/// are expanded to their départements when he signs in).
/// </summary>
public sealed record Agent(string Login, string Name, FrozenSet<string> Roles, FrozenSet<string>? Departements)
{
    public bool IsAdmin => Roles.Contains(AgentRoles.Admin);

    public bool HasRole(string role) => Roles.Contains(role);

    /// <summary>True when the département is in the agent's zone.</summary>
    public bool Covers(string? departement) =>
        Departements is null || (departement is not null && Departements.Contains(departement));
}
