namespace SignauxFaibles.Web.Security;

/// <summary>
/// The roles of issue #14 item 8 / domain.md §6: each sensitive block of a firm needs one of them, and the
/// state-changing endpoints need <see cref="Admin"/>.
/// </summary>
public static class AgentRoles
{
    /// <summary>Detection: scores, alert levels, explanations, the lists.</summary>
    public const string Score = "score";

    /// <summary>URSSAF blocks: cotisations, debts, payment plans.</summary>
    public const string Urssaf = "urssaf";

    /// <summary>DGEFP blocks: activité partielle.</summary>
    public const string Dgefp = "dgefp";

    /// <summary>Banque de France blocks: financial statements.</summary>
    public const string Bdf = "bdf";

    /// <summary>Administration: model activation, audit log; sees every zone.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Score, Urssaf, Dgefp, Bdf, Admin];

    /// <summary>The authorization policy of the state-changing endpoints.</summary>
    public const string AdminPolicy = "sf-admin";
}
