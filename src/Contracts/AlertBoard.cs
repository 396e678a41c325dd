using System.Collections.Immutable;
using Orleans;
using SignauxFaibles.Domain.Alerts;

namespace SignauxFaibles.Contracts;

/// <summary>The firms currently in alert, highest score first, with the counts of each level.</summary>
/// <param name="Eleve">Number of firms at "risque élevé".</param>
/// <param name="Modere">Number of firms at "risque modéré".</param>
/// <param name="PremieresAlertes">Number of firms in alert that would be a première alerte on the next dated list (<see cref="AlertEvent.WouldBeFirstOnNext"/>).</param>
/// <param name="Received">Alert events received since the board started (duplicates included).</param>
/// <param name="Alerts">The latest alert event of each firm in alert, highest score first, at most the limit asked.</param>
[GenerateSerializer, Immutable, Alias("sf.AlertBoard.v1")]
public sealed record AlertBoard(
    [property: Id(0)] int Eleve,
    [property: Id(1)] int Modere,
    [property: Id(2)] int PremieresAlertes,
    [property: Id(3)] long Received,
    [property: Id(4)] ImmutableArray<AlertEvent> Alerts);
