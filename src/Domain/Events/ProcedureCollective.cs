using Orleans;

namespace SignauxFaibles.Domain.Events;

/// <summary>The kind of procédure collective, from least to most severe.</summary>
public enum ProcolAction
{
    Sauvegarde = 1,
    Redressement = 2,
    Liquidation = 3,
}

/// <summary>The stage of a procédure collective reached by a judgment.</summary>
public enum ProcolStade
{
    Ouverture = 1,
    PlanContinuation,
    FinProcedure,
    AbandonProcedure,
    SoldeProcedure,
    InclusionAutreProcedure,
    ClotureInsuffisanceActif,
    PlanSauvegarde,
    PlanRedressement,
    Prononce,
    Conversion,
    Modification,
    Resolution,
}

/// <summary>A judgment of a procédure collective (URSSAF procol file): its action, its stage and its date.</summary>
[GenerateSerializer, Immutable, Alias("sf.ProcedureCollective.v1")]
public sealed record ProcedureCollective : FirmEvent
{
    /// <summary>The establishment the URSSAF line named, when any.</summary>
    [Id(0)] public string? Siret { get; init; }
    [Id(1)] public required DateOnly DateEffet { get; init; }
    [Id(2)] public required ProcolAction Action { get; init; }
    [Id(3)] public required ProcolStade Stade { get; init; }
}
