using SignauxFaibles.Web.Firms;

namespace SignauxFaibles.Web.Security;

/// <summary>
/// The one place that decides what an agent may see of a firm (issue #14 item 8, domain.md §6): a firm of
/// his zone or one he follows (admins: every firm), and within it only the blocks his roles open. Every
/// page, API endpoint, export and live feed goes through here.
/// </summary>
public static class FirmAccess
{
    /// <summary>True when the agent may open the firm at all.</summary>
    public static bool CanOpen(Agent agent, string? firmDepartement, bool followed) =>
        agent.IsAdmin || followed || agent.Covers(firmDepartement);

    /// <summary>True when the agent's roles open the block.</summary>
    public static bool CanSee(Agent agent, FirmBlock block) => agent.IsAdmin || block switch
    {
        FirmBlock.Detection => agent.HasRole(AgentRoles.Score),
        FirmBlock.Urssaf => agent.HasRole(AgentRoles.Urssaf),
        FirmBlock.ActivitePartielle => agent.HasRole(AgentRoles.Dgefp),
        FirmBlock.Financier => agent.HasRole(AgentRoles.Bdf),
        _ => false,
    };

    /// <summary>The firm view with the blocks the agent may not see removed and named.</summary>
    public static FirmView Redact(Agent agent, FirmView view)
    {
        var hidden = Enum.GetValues<FirmBlock>().Where(b => !CanSee(agent, b)).ToList();
        return view with
        {
            HiddenBlocks = [.. hidden.Select(b => b.ToString())],
            Detection = CanSee(agent, FirmBlock.Detection) ? view.Detection : null,
            Urssaf = CanSee(agent, FirmBlock.Urssaf) ? view.Urssaf : null,
            ActivitePartielle = CanSee(agent, FirmBlock.ActivitePartielle) ? view.ActivitePartielle : null,
            Financier = CanSee(agent, FirmBlock.Financier) ? view.Financier : null,
        };
    }
}
