namespace SignauxFaibles.Domain.Population;

/// <summary>
/// The procédure collective state shown to agents and used to decide who is scored for alerts
/// (docs/alerts.md, "Scored population"). Two plan states are in bonis: the firm executes a plan adopted by
/// the court and is scored; the three open procédures are not.
/// </summary>
public enum ProcedureStatus
{
    /// <summary>No procédure, or the last one ended (fin, abandon, inclusion, plan older than 10 years).</summary>
    InBonis = 0,

    /// <summary>Executing a plan de sauvegarde (in bonis, scored).</summary>
    PlanSauvegarde = 1,

    /// <summary>Executing a plan de continuation after a redressement judiciaire (in bonis, scored).</summary>
    PlanContinuation = 2,

    /// <summary>Procédure de sauvegarde opened, no plan yet.</summary>
    Sauvegarde = 3,

    /// <summary>Redressement judiciaire opened, no plan yet.</summary>
    Redressement = 4,

    /// <summary>Liquidation judiciaire.</summary>
    Liquidation = 5,
}

/// <summary>Codes, labels and meaning of the procédure states.</summary>
public static class ProcedureStatuses
{
    /// <summary>True for an open procédure (sauvegarde, redressement, liquidation): the firm gets no alert level.</summary>
    public static bool IsOpen(this ProcedureStatus status) =>
        status is ProcedureStatus.Sauvegarde or ProcedureStatus.Redressement or ProcedureStatus.Liquidation;

    /// <summary>True for the two plan states: in bonis with a distinct state.</summary>
    public static bool IsPlan(this ProcedureStatus status) =>
        status is ProcedureStatus.PlanSauvegarde or ProcedureStatus.PlanContinuation;

    /// <summary>The stable wire code (snake_case), as in the HTTP and Kafka JSON.</summary>
    public static string Code(this ProcedureStatus status) => status switch
    {
        ProcedureStatus.PlanSauvegarde => "plan_sauvegarde",
        ProcedureStatus.PlanContinuation => "plan_continuation",
        ProcedureStatus.Sauvegarde => "sauvegarde",
        ProcedureStatus.Redressement => "redressement",
        ProcedureStatus.Liquidation => "liquidation",
        _ => "in_bonis",
    };

    /// <summary>The French label shown to users.</summary>
    public static string Label(this ProcedureStatus status) => status switch
    {
        ProcedureStatus.PlanSauvegarde => "plan de sauvegarde",
        ProcedureStatus.PlanContinuation => "plan de continuation",
        ProcedureStatus.Sauvegarde => "sauvegarde",
        ProcedureStatus.Redressement => "redressement judiciaire",
        ProcedureStatus.Liquidation => "liquidation judiciaire",
        _ => "in bonis",
    };
}
