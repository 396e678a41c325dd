namespace SignauxFaibles.ReadModel;

/// <summary>
/// The procédure states a detection row carries, as stable string codes (issue #13 items 1 and 6). The
/// default list shows the firms in bonis, including those executing a plan.
/// </summary>
public static class ProcedureCodes
{
    public const string InBonis = "in_bonis";
    public const string PlanSauvegarde = "plan_sauvegarde";
    public const string PlanContinuation = "plan_continuation";
    public const string Sauvegarde = "sauvegarde";
    public const string Redressement = "redressement";
    public const string Liquidation = "liquidation";
    public const string Fermee = "fermee";

    /// <summary>The states of a firm that can be on the list (in bonis, with or without a plan).</summary>
    public static IReadOnlyList<string> EnBonis { get; } = [InBonis, PlanSauvegarde, PlanContinuation];

    /// <summary>The code of the legacy numeric procédure state (0 in bonis, 1 sauvegarde, 2 redressement, 3 liquidation).</summary>
    public static string FromLegacy(int? state) => state switch
    {
        1 => Sauvegarde,
        2 => Redressement,
        3 => Liquidation,
        _ => InBonis,
    };

    /// <summary>The French label shown to users.</summary>
    public static string Label(string code) => code switch
    {
        InBonis => "in bonis",
        PlanSauvegarde => "plan de sauvegarde",
        PlanContinuation => "plan de continuation",
        Sauvegarde => "sauvegarde",
        Redressement => "redressement judiciaire",
        Liquidation => "liquidation judiciaire",
        Fermee => "fermée",
        _ => code,
    };
}
