namespace SignauxFaibles.Web.Security;

/// <summary>The blocks of a firm's data that need a role of their own.</summary>
public enum FirmBlock
{
    /// <summary>Score, alert level, explanation, alert history (role <c>score</c>).</summary>
    Detection,

    /// <summary>Cotisations, URSSAF debt, payment plans (role <c>urssaf</c>).</summary>
    Urssaf,

    /// <summary>Activité partielle (role <c>dgefp</c>).</summary>
    ActivitePartielle,

    /// <summary>Financial statements (role <c>bdf</c>).</summary>
    Financier,
}
