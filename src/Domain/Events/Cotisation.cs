using Orleans;
using SignauxFaibles.Domain.Time;

namespace SignauxFaibles.Domain.Events;

/// <summary>
/// URSSAF cotisation of an establishment account for a period: the amount due (<see cref="Du"/>, EUR) is
/// spread evenly over the months of [<see cref="PeriodeDebut"/>, <see cref="PeriodeFin"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("sf.Cotisation.v1")]
public sealed record Cotisation : EstablishmentEvent
{
    /// <summary>URSSAF account number (numéro de compte).</summary>
    [Id(0)] public required string Compte { get; init; }
    [Id(1)] public required Month PeriodeDebut { get; init; }
    /// <summary>Exclusive end of the period.</summary>
    [Id(2)] public required Month PeriodeFin { get; init; }
    /// <summary>Amount collected directly (enc_direct), EUR.</summary>
    [Id(3)] public decimal Encaisse { get; init; }
    /// <summary>Amount due for the period (cotis_due), EUR.</summary>
    [Id(4)] public decimal Du { get; init; }
}
