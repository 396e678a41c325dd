using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Events;

/// <summary>
/// URSSAF débit: one operation on an écart négatif (a shortfall of contributions for a period). The écart
/// is identified by (<see cref="EstablishmentEvent.Siret"/>, <see cref="PeriodeDebut"/>,
/// <see cref="NumeroEcartNegatif"/>); <see cref="NumeroHistorique"/> orders its operations, and the
/// remaining debt after an operation is <see cref="PartOuvriere"/> + <see cref="PartPatronale"/> (EUR;
/// the partner file carries cents).
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.Debit.v1")]
public sealed record Debit : EstablishmentEvent
{
    [Id(0)] public required string Compte { get; init; }
    [Id(1)] public required string NumeroEcartNegatif { get; init; }
    [Id(2)] public required int NumeroHistorique { get; init; }
    /// <summary>Treatment date of the operation (Dt_trt_ecn).</summary>
    [Id(3)] public required DateOnly DateTraitement { get; init; }
    [Id(4)] public required Month PeriodeDebut { get; init; }
    /// <summary>Exclusive end of the period the écart concerns.</summary>
    [Id(5)] public required Month PeriodeFin { get; init; }
    /// <summary>Remaining debt, employee share, EUR.</summary>
    [Id(6)] public decimal PartOuvriere { get; init; }
    /// <summary>Remaining debt, employer share, EUR.</summary>
    [Id(7)] public decimal PartPatronale { get; init; }
    [Id(8)] public int EtatCompte { get; init; }
    [Id(9)] public string CodeProcedureCollective { get; init; } = "";
    [Id(10)] public string CodeOperationEcartNegatif { get; init; } = "";
    [Id(11)] public string CodeMotifEcartNegatif { get; init; } = "";
    [Id(12)] public bool RecoursEnCours { get; init; }
}
