using System.Collections.Frozen;
using System.Security.Claims;
using SignauxFaibles.Domain.Reference;

namespace SignauxFaibles.Web.Security;

/// <summary>
/// The claims an agent's identity carries (local accounts and OpenID Connect alike) and how they become an
/// <see cref="Agent"/>: role claims, and zone claims holding département codes, région codes or "*" for
/// the whole of France.
/// </summary>
public static class AgentClaims
{
    public const string Departement = "sf_departement";
    public const string Region = "sf_region";
    public const string AllZones = "*";

    /// <summary>The agent of a principal, or null when the principal is not authenticated.</summary>
    public static Agent? From(ClaimsPrincipal principal)
    {
        if (principal.Identity is not { IsAuthenticated: true } identity)
        {
            return null;
        }

        var roleType = (identity as ClaimsIdentity)?.RoleClaimType ?? ClaimTypes.Role;
        var roles = principal.FindAll(roleType).Select(c => c.Value)
            .Concat(principal.FindAll("roles").Select(c => c.Value))
            .Where(AgentRoles.All.Contains)
            .ToFrozenSet(StringComparer.Ordinal);
        var name = principal.FindFirst(ClaimTypes.Name)?.Value ?? identity.Name ?? "?";
        var login = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? name;
        return new Agent(login, principal.FindFirst("name")?.Value ?? name, roles, Zone(principal, roles));
    }

    private static FrozenSet<string>? Zone(ClaimsPrincipal principal, FrozenSet<string> roles)
    {
        var departements = principal.FindAll(Departement).Select(c => c.Value).ToList();
        var regions = principal.FindAll(Region).Select(c => c.Value).ToList();
        if (roles.Contains(AgentRoles.Admin) || departements.Contains(AllZones) || regions.Contains(AllZones))
        {
            return null;
        }

        return departements
            .Concat(Departements.All.Where(d => regions.Contains(d.Region)).Select(d => d.Code))
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
